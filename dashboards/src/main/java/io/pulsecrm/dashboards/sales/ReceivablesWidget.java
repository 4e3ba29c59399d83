package io.pulsecrm.dashboards.sales;

import static io.pulsecrm.warehouse.query.sales.SalesFact.RECEIVABLES;

import io.pulsecrm.dashboards.board.Widget;
import io.pulsecrm.dashboards.board.WidgetQuery;
import io.pulsecrm.warehouse.query.AgeingBucket;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Receivables and overdue ageing: what the payment plans still lack on the period's last day (today while the period
 * runs), not yet due and 1–30, 31–60, 61–90, more than 90 days overdue. A bucket is a range of due dates, read through
 * the same rows as its drill-down, so the plans listed add up to the bar clicked.
 */
@Component
@Order(80)
class ReceivablesWidget implements Widget<ReceivablesWidget.Ageing> {

    record Ageing(LocalDate asOf, BigDecimal outstanding, List<Bucket> buckets) {
    }

    record Bucket(AgeingBucket.Bucket bucket, long plans, BigDecimal outstanding, Drill drill) {
    }

    private final SalesWarehouse warehouse;
    private final Charts charts;

    ReceivablesWidget(SalesWarehouse warehouse, Charts charts) {
        this.warehouse = warehouse;
        this.charts = charts;
    }

    @Override
    public String id() {
        return "receivables";
    }

    @Override
    public List<String> sourceTables() {
        return List.of("receivable");
    }

    /** Receivables are visible through their owner and department only (as the forecast): teams change nothing. */
    @Override
    public List<String> visibilityTables() {
        return List.of();
    }

    @Override
    public Ageing read(WidgetQuery query) {
        LocalDate asOf = query.filters().asOf();
        List<Bucket> buckets = Arrays.stream(AgeingBucket.Bucket.values()).map(b -> {
            DayRange due = b.dueDates(asOf);
            FactTotals totals = warehouse.totals(RECEIVABLES, query.scope(), query.filters().factFilter(), due);
            return new Bucket(b, totals.count(), totals.amount(), Drill.of(RECEIVABLES, due));
        }).toList();
        return new Ageing(asOf, buckets.stream().map(Bucket::outstanding).reduce(new BigDecimal("0.00"), BigDecimal::add),
                buckets);
    }

    @Override
    public String optionJson(Ageing ageing, Locale locale) {
        String[] names = ageing.buckets().stream().map(b -> charts.text("receivables.bucket." + b.bucket(), locale))
                .toArray(String[]::new);
        return charts.render(charts.text("chart.receivables.title", locale, ageing.asOf().toString()), names, false,
                Charts.bar("outstanding", charts.text("chart.receivables.series", locale),
                        ageing.buckets().stream().map(Bucket::outstanding).toArray(Number[]::new)));
    }
}
