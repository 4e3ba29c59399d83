package io.pulsecrm.dashboards.sales;

import static io.pulsecrm.warehouse.query.sales.SalesFact.RECEIPTS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.SIGNED_CONTRACTS;

import io.pulsecrm.dashboards.board.Widget;
import io.pulsecrm.dashboards.board.WidgetQuery;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The sales trend: contract amount (APPROVED, by signed_on) and receipts (by received_on) per month, the year of the
 * period's last day against the year before, narrowed by department and employee. Each bar or point drills into its
 * month's contracts or receipts.
 */
@Component
@Order(30)
class TrendWidget implements Widget<TrendWidget.Trend> {

    /** Series ids, also the keys of each month's drill-downs. */
    static final String CONTRACTS = "contracts", CONTRACTS_BEFORE = "contracts-before", RECEIPTS_NOW = "receipts",
            RECEIPTS_BEFORE = "receipts-before";

    record Trend(int year, List<Month> months) {
    }

    record Month(int month, BigDecimal contracts, BigDecimal contractsBefore, BigDecimal receipts,
                 BigDecimal receiptsBefore, Map<String, Drill> drill) {
    }

    private final SalesWarehouse warehouse;
    private final Charts charts;

    TrendWidget(SalesWarehouse warehouse, Charts charts) {
        this.warehouse = warehouse;
        this.charts = charts;
    }

    @Override
    public String id() {
        return "trend";
    }

    @Override
    public List<String> sourceTables() {
        return List.of("contract", "receipt");
    }

    @Override
    public Trend read(WidgetQuery query) {
        int year = query.filters().trendYear();
        var twoYears = new DayRange(LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31));
        var filter = query.filters().factFilter();
        var byMonth = warehouse.byMonth(List.of(SIGNED_CONTRACTS, RECEIPTS), query.scope(), filter, twoYears);
        Map<YearMonth, FactTotals> contracts = byMonth.getOrDefault(SIGNED_CONTRACTS, Map.of());
        Map<YearMonth, FactTotals> receipts = byMonth.getOrDefault(RECEIPTS, Map.of());
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth now = YearMonth.of(year, m);
            YearMonth before = YearMonth.of(year - 1, m);
            months.add(new Month(m, amount(contracts, now), amount(contracts, before), amount(receipts, now),
                    amount(receipts, before), Map.of(
                            CONTRACTS, Drill.of(SIGNED_CONTRACTS, days(now)),
                            CONTRACTS_BEFORE, Drill.of(SIGNED_CONTRACTS, days(before)),
                            RECEIPTS_NOW, Drill.of(RECEIPTS, days(now)),
                            RECEIPTS_BEFORE, Drill.of(RECEIPTS, days(before)))));
        }
        return new Trend(year, months);
    }

    @Override
    public String optionJson(Trend trend, Locale locale) {
        String[] names = trend.months().stream()
                .map(m -> java.time.Month.of(m.month()).getDisplayName(TextStyle.SHORT, locale)).toArray(String[]::new);
        String now = Integer.toString(trend.year());
        String before = Integer.toString(trend.year() - 1);
        return charts.render(charts.text("chart.trend.title", locale), names, false,
                Charts.bar(CONTRACTS, charts.text("chart.trend.contracts", locale, now), series(trend, Month::contracts)),
                Charts.bar(CONTRACTS_BEFORE, charts.text("chart.trend.contracts", locale, before),
                        series(trend, Month::contractsBefore)),
                Charts.line(RECEIPTS_NOW, charts.text("chart.trend.receipts", locale, now), series(trend, Month::receipts)),
                Charts.line(RECEIPTS_BEFORE, charts.text("chart.trend.receipts", locale, before),
                        series(trend, Month::receiptsBefore)));
    }

    private static Number[] series(Trend trend, Function<Month, BigDecimal> value) {
        return trend.months().stream().map(value).toArray(Number[]::new);
    }

    private static BigDecimal amount(Map<YearMonth, FactTotals> byMonth, YearMonth month) {
        return byMonth.getOrDefault(month, FactTotals.NONE).amount();
    }

    private static DayRange days(YearMonth month) {
        return new DayRange(month.atDay(1), month.atEndOfMonth());
    }
}
