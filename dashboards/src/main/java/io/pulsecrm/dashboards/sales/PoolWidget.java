package io.pulsecrm.dashboards.sales;

import static io.pulsecrm.warehouse.query.sales.SalesFact.POOL_EVENTS;

import io.pulsecrm.dashboards.board.Widget;
import io.pulsecrm.dashboards.board.WidgetQuery;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Public-pool activity in the period: claims, assigns (the new owner's), recycles and releases (the previous owner's),
 * one bar each, each drilling into its moves.
 */
@Component
@Order(50)
class PoolWidget implements Widget<List<PoolWidget.Kind>> {

    static final List<String> KINDS = List.of("CLAIM", "ASSIGN", "RECYCLE", "RELEASE");

    record Kind(String kind, long count, Drill drill) {
    }

    private final SalesWarehouse warehouse;
    private final Charts charts;

    PoolWidget(SalesWarehouse warehouse, Charts charts) {
        this.warehouse = warehouse;
        this.charts = charts;
    }

    @Override
    public String id() {
        return "pool";
    }

    @Override
    public List<String> sourceTables() {
        return List.of("pool_event");
    }

    @Override
    public List<Kind> read(WidgetQuery query) {
        var filters = query.filters();
        Map<String, FactTotals> counts = warehouse.byCategory(POOL_EVENTS, query.scope(), filters.factFilter(), filters.range());
        return KINDS.stream().map(kind -> new Kind(kind, counts.getOrDefault(kind, FactTotals.NONE).count(),
                Drill.of(POOL_EVENTS, filters.range()).category(kind))).toList();
    }

    @Override
    public String optionJson(List<Kind> figures, Locale locale) {
        String[] names = figures.stream().map(k -> charts.text("pool.kind." + k.kind(), locale)).toArray(String[]::new);
        Number[] counts = figures.stream().map(Kind::count).toArray(Number[]::new);
        return charts.render(charts.text("chart.pool.title", locale), names, false,
                Charts.bar("moves", charts.text("chart.pool.series", locale), counts));
    }
}
