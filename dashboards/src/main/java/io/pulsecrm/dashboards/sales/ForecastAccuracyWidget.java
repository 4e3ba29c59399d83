package io.pulsecrm.dashboards.sales;

import static io.pulsecrm.warehouse.query.sales.SalesFact.FORECAST_WON;

import io.pulsecrm.dashboards.board.Widget;
import io.pulsecrm.dashboards.board.WidgetQuery;
import io.pulsecrm.warehouse.query.ForecastAccuracy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Forecast against actual, per month of the year holding the period's last day: the weighted forecast the snapshot of
 * the month's first day had for the month, next to what closed WON in it. The actual drills into the won deals; the
 * forecast has no records behind it (a snapshot keeps figures, not deals).
 */
@Component
@Order(90)
class ForecastAccuracyWidget implements Widget<ForecastAccuracyWidget.Accuracy> {

    static final String FORECAST = "forecast", ACTUAL = "actual";

    record Accuracy(int year, List<Month> months) {
    }

    /**
     * @param forecast   null when no snapshot was taken on the month's first day
     * @param won        null for a month not begun yet
     * @param attainment won / forecast × 100, one decimal, half up; null without both
     */
    record Month(String month, BigDecimal forecast, long wonDeals, BigDecimal won, BigDecimal attainment, Drill drill) {
    }

    private final ForecastWarehouse warehouse;
    private final Charts charts;

    ForecastAccuracyWidget(ForecastWarehouse warehouse, Charts charts) {
        this.warehouse = warehouse;
        this.charts = charts;
    }

    @Override
    public String id() {
        return "accuracy";
    }

    @Override
    public List<String> sourceTables() {
        return List.of("forecast_snapshot", "forecast_pipeline");
    }

    @Override
    public List<String> visibilityTables() {
        return List.of();
    }

    @Override
    public Accuracy read(WidgetQuery query) {
        int year = query.filters().trendYear();
        LocalDate today = query.filters().resolvedOn();
        List<Month> months = warehouse.forecastVsActual(query.scope(), query.filters().factFilter(),
                YearMonth.of(year, 1), YearMonth.of(year, 12)).stream().map(a -> month(a, today)).toList();
        return new Accuracy(year, months);
    }

    private static Month month(ForecastAccuracy a, LocalDate today) {
        YearMonth month = YearMonth.from(a.snapshotDate());
        BigDecimal forecast = a.forecast().isEmpty() ? null : a.forecastWeighted();
        BigDecimal won = a.snapshotDate().isAfter(today) ? null : a.wonAmount();
        BigDecimal attainment = forecast == null || won == null || forecast.signum() == 0 ? null
                : won.multiply(BigDecimal.valueOf(100)).divide(forecast, 1, RoundingMode.HALF_UP);
        return new Month(month.toString(), forecast, a.wonDeals(), won, attainment,
                Drill.of(FORECAST_WON, ForecastPipelineWidget.days(month)));
    }

    @Override
    public String optionJson(Accuracy accuracy, Locale locale) {
        String[] names = accuracy.months().stream().map(Month::month).toArray(String[]::new);
        return charts.render(charts.text("chart.accuracy.title", locale, Integer.toString(accuracy.year())), names, false,
                Charts.bar(FORECAST, charts.text("chart.accuracy.forecast", locale), series(accuracy, Month::forecast)),
                Charts.bar(ACTUAL, charts.text("chart.accuracy.actual", locale), series(accuracy, Month::won)));
    }

    private static Number[] series(Accuracy accuracy, Function<Month, BigDecimal> value) {
        return accuracy.months().stream().map(value).toArray(Number[]::new);
    }
}
