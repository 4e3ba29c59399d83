package io.pulsecrm.dashboards.sales;

import static io.pulsecrm.warehouse.query.sales.SalesFact.FORECAST_OPEN;
import static io.pulsecrm.warehouse.query.sales.SalesFact.FORECAST_WON;

import io.pulsecrm.dashboards.board.Widget;
import io.pulsecrm.dashboards.board.WidgetQuery;
import io.pulsecrm.warehouse.query.ForecastFigures;
import io.pulsecrm.warehouse.query.sales.DayRange;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icepear.echarts.origin.util.SeriesOption;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The weighted pipeline by close month: the six months from the one holding the period's last day (today while the
 * period runs), each month's amount stacked by forecast category (COMMIT, BEST_CASE, PIPELINE of the open deals
 * expected to close in it; CLOSED: won in it) with the weighted amount as a line. Each category of a month drills into its deals.
 */
@Component
@Order(70)
class ForecastPipelineWidget implements Widget<ForecastPipelineWidget.Forecast> {

    static final int MONTHS = 6;
    /** Stacked in this order, also the series ids and the keys of each month's cells. */
    static final List<String> CATEGORIES = List.of("CLOSED", "COMMIT", "BEST_CASE", "PIPELINE");
    static final String WEIGHTED = "weighted";
    private static final BigDecimal NONE = new BigDecimal("0.00");

    record Forecast(List<Month> months) {
    }

    /** @param month {@code yyyy-MM} */
    record Month(String month, BigDecimal amount, BigDecimal weightedAmount, Map<String, Cell> cells) {
    }

    record Cell(long deals, BigDecimal amount, BigDecimal weightedAmount, Drill drill) {
    }

    private final ForecastWarehouse warehouse;
    private final Charts charts;

    ForecastPipelineWidget(ForecastWarehouse warehouse, Charts charts) {
        this.warehouse = warehouse;
        this.charts = charts;
    }

    @Override
    public String id() {
        return "forecast";
    }

    @Override
    public List<String> sourceTables() {
        return List.of("forecast_pipeline");
    }

    /** The forecast's cells carry no record ids: a team never changes what they show. */
    @Override
    public List<String> visibilityTables() {
        return List.of();
    }

    @Override
    public Forecast read(WidgetQuery query) {
        YearMonth first = YearMonth.from(query.filters().asOf());
        YearMonth last = first.plusMonths(MONTHS - 1);
        Map<String, ForecastFigures> found = new LinkedHashMap<>();
        for (ForecastFigures f : warehouse.pipeline(query.scope(), query.filters().factFilter(), first, last)) {
            found.put(f.closeMonth() + "|" + f.category(), f);
        }
        List<Month> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            BigDecimal amount = NONE;
            BigDecimal weighted = NONE;
            for (String category : CATEGORIES) {
                ForecastFigures f = found.get(ForecastFigures.yyyymm(month) + "|" + category);
                Cell cell = f == null ? new Cell(0, NONE, NONE, drill(category, month))
                        : new Cell(f.deals(), f.amount(), f.weightedAmount(), drill(category, month));
                cells.put(category, cell);
                amount = amount.add(cell.amount());
                weighted = weighted.add(cell.weightedAmount());
            }
            months.add(new Month(month.toString(), amount, weighted, cells));
        }
        return new Forecast(months);
    }

    @Override
    public String optionJson(Forecast forecast, Locale locale) {
        String[] names = forecast.months().stream().map(Month::month).toArray(String[]::new);
        List<SeriesOption> series = new ArrayList<>();
        for (String category : CATEGORIES) {
            series.add(Charts.bar(category, charts.text("forecast.category." + category, locale),
                    forecast.months().stream().map(m -> m.cells().get(category).amount()).toArray(Number[]::new))
                    .setStack("amount"));
        }
        series.add(Charts.line(WEIGHTED, charts.text("chart.forecast.weighted", locale),
                forecast.months().stream().map(Month::weightedAmount).toArray(Number[]::new)));
        return charts.render(charts.text("chart.forecast.title", locale), names, false,
                series.toArray(SeriesOption[]::new));
    }

    /** The open deals of the category expected to close in the month, or the deals won in it. */
    private static Drill drill(String category, YearMonth month) {
        return category.equals("CLOSED") ? Drill.of(FORECAST_WON, days(month))
                : Drill.of(FORECAST_OPEN, days(month)).category(category);
    }

    static DayRange days(YearMonth month) {
        return new DayRange(month.atDay(1), month.atEndOfMonth());
    }
}
