package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.support.AppMessages;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.dashboards.board.WidgetQuery;
import io.pulsecrm.dashboards.filter.DashboardFilters;
import io.pulsecrm.dashboards.filter.Period;
import io.pulsecrm.warehouse.query.AgeingBucket;
import io.pulsecrm.warehouse.query.AttributionModel;
import io.pulsecrm.warehouse.query.ForecastFigures;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The forecast widgets' figures, drill-downs and echarts-java options, on fake warehouses. */
class ForecastWidgetsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final FakeForecastWarehouse forecast = new FakeForecastWarehouse();
    private final FakeSalesWarehouse facts = new FakeSalesWarehouse();
    private final Charts charts = new Charts(AppMessages.bundle());
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void forecastShowsSixCloseMonthsFromThePeriodsLastDayEachDrillingIntoItsCategorysDeals() {
        forecast.cells(figures(202603, "COMMIT", 2, "1500.00", "1200.00"),
                figures(202603, "CLOSED", 1, "700.00", "700.00"),
                figures(202605, "PIPELINE", 3, "300.00", "60.00"));
        var widget = new ForecastPipelineWidget(forecast, charts);

        ForecastPipelineWidget.Forecast read = widget.read(query(month(2026, 3)));

        assertThat(read.months()).extracting(ForecastPipelineWidget.Month::month)
                .containsExactly("2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08");
        var march = read.months().getFirst();
        assertThat(march.amount()).isEqualByComparingTo("2200.00");
        assertThat(march.weightedAmount()).isEqualByComparingTo("1900.00");
        assertThat(march.cells().get("COMMIT").drill()).isEqualTo(new Drill(SalesFact.FORECAST_OPEN,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null, "COMMIT"));
        assertThat(march.cells().get("CLOSED").drill()).isEqualTo(new Drill(SalesFact.FORECAST_WON,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), null, null, null));
        assertThat(march.cells().get("BEST_CASE").deals()).isZero();
        assertThat(forecast.lastFilter().departments()).containsExactly(3L);

        JsonNode option = json.readTree(widget.optionJson(read, Locale.SIMPLIFIED_CHINESE));
        JsonNode series = option.get("series");
        assertThat(ids(series)).containsExactly("CLOSED", "COMMIT", "BEST_CASE", "PIPELINE", "weighted");
        assertThat(series.get(1).get("stack").asString()).isEqualTo("amount");
        assertThat(series.get(1).get("name").asString()).isEqualTo("承诺");
        assertThat(series.get(1).get("data").get(0).decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(series.get(3).get("data").get(2).decimalValue()).isEqualByComparingTo("300.00");
        assertThat(series.get(4).get("type").asString()).isEqualTo("line");
        assertThat(json.readTree(widget.optionJson(read, Locale.ENGLISH)).get("series").get(2).get("name").asString())
                .isEqualTo("Best case");
    }

    /** "This year" looks ahead from today's month, not from December: the months already past are history. */
    @Test
    void forecastOfAPeriodStillRunningStartsAtTodaysMonth() {
        var widget = new ForecastPipelineWidget(forecast, charts);

        ForecastPipelineWidget.Forecast read = widget.read(query(new DayRange(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31))));

        assertThat(read.months()).extracting(ForecastPipelineWidget.Month::month)
                .containsExactly("2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08");
    }

    @Test
    void receivablesAgeOnTodayWhileThePeriodRunsEachBucketARangeOfDueDates() {
        LocalDate asOf = TODAY;
        facts.totals(SalesFact.RECEIVABLES, AgeingBucket.Bucket.DAYS_1_30.dueDates(asOf),
                new FactTotals(2, new BigDecimal("1100.00")));
        facts.totals(SalesFact.RECEIVABLES, AgeingBucket.Bucket.OVER_90.dueDates(asOf),
                new FactTotals(1, new BigDecimal("100.00")));
        var widget = new ReceivablesWidget(facts, charts);

        ReceivablesWidget.Ageing read = widget.read(query(month(2026, 3)));

        assertThat(read.asOf()).isEqualTo(TODAY);
        assertThat(read.outstanding()).isEqualByComparingTo("1200.00");
        assertThat(read.buckets()).extracting(b -> b.bucket().name(), ReceivablesWidget.Bucket::plans)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NOT_DUE", 0L),
                        org.assertj.core.groups.Tuple.tuple("DAYS_1_30", 2L),
                        org.assertj.core.groups.Tuple.tuple("DAYS_31_60", 0L),
                        org.assertj.core.groups.Tuple.tuple("DAYS_61_90", 0L),
                        org.assertj.core.groups.Tuple.tuple("OVER_90", 1L));
        assertThat(read.buckets().get(1).drill()).isEqualTo(new Drill(SalesFact.RECEIVABLES, LocalDate.of(2026, 2, 8),
                LocalDate.of(2026, 3, 9), null, null, null));
        assertThat(widget.read(query(new DayRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))).asOf())
                .as("a past period ages on its last day").isEqualTo(LocalDate.of(2026, 1, 31));

        JsonNode option = json.readTree(widget.optionJson(read, Locale.ENGLISH));
        assertThat(option.get("title").get("text").asString()).isEqualTo("Outstanding on 2026-03-10");
        assertThat(option.get("xAxis").get("data").get(4).asString()).isEqualTo("Over 90 days overdue");
        assertThat(option.get("series").get(0).get("data").get(1).decimalValue()).isEqualByComparingTo("1100.00");
    }

    @Test
    void accuracyPutsEachMonthsFirstDayForecastNextToWhatClosedWon() {
        forecast.cells(figures(202601, "CLOSED", 2, "1600.00", "1600.00"));
        forecast.snapshot(figures(202601, "COMMIT", 2, "1500.00", "1200.00"),
                figures(202601, "BEST_CASE", 1, "333.33", "166.67"));
        forecast.snapshot(figures(202602, "PIPELINE", 1, "200.00", "40.00"));
        var widget = new ForecastAccuracyWidget(forecast, charts);

        ForecastAccuracyWidget.Accuracy read = widget.read(query(month(2026, 3)));

        assertThat(read.year()).isEqualTo(2026);
        assertThat(read.months()).hasSize(12);
        var january = read.months().getFirst();
        assertThat(january.forecast()).isEqualByComparingTo("1366.67");
        assertThat(january.won()).isEqualByComparingTo("1600.00");
        assertThat(january.attainment()).isEqualByComparingTo("117.1");
        assertThat(january.drill()).isEqualTo(new Drill(SalesFact.FORECAST_WON, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), null, null, null));
        assertThat(read.months().get(1).won()).isEqualByComparingTo("0.00");
        assertThat(read.months().get(1).attainment()).isEqualByComparingTo("0.0");
        assertThat(read.months().get(2).forecast()).as("no snapshot on March 1st").isNull();
        assertThat(read.months().get(3).won()).as("April has not begun").isNull();

        JsonNode option = json.readTree(widget.optionJson(read, Locale.SIMPLIFIED_CHINESE));
        assertThat(ids(option.get("series"))).containsExactly("forecast", "actual");
        assertThat(option.get("title").get("text").asString()).isEqualTo("2026 年预测与实际");
        assertThat(option.get("series").get(0).get("data").get(2).isNull()).isTrue();
    }


    private static WidgetQuery query(DayRange range) {
        var filters = new DashboardFilters(Period.CUSTOM, range, range.previous(), Period.MONTH, range, 3L, Set.of(3L),
                null, TODAY, AttributionModel.FIRST_TOUCH);
        return new WidgetQuery(ViewerScope.EVERYTHING, filters, () -> null);
    }

    private static DayRange month(int year, int month) {
        var first = LocalDate.of(year, month, 1);
        return new DayRange(first, first.withDayOfMonth(first.lengthOfMonth()));
    }

    private static ForecastFigures figures(int month, String category, long deals, String amount, String weighted) {
        return new ForecastFigures(month, category, deals, new BigDecimal(amount), new BigDecimal(weighted));
    }

    private static List<String> ids(JsonNode series) {
        List<String> ids = new ArrayList<>();
        series.forEach(s -> ids.add(s.get("id").asString()));
        return ids;
    }
}
