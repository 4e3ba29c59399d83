package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactComparison;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import io.pulsecrm.warehouse.query.sales.FactRecords;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.KpiFigures;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import io.pulsecrm.warehouse.query.sales.SalesFactQueries;
import io.pulsecrm.warehouse.query.sales.SalesWidgetQueries;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@link SalesWarehouse} on the warehouse library's queries: no SQL of our own. */
@Component
class ClickHouseSalesWarehouse implements SalesWarehouse {

    private final SalesFactQueries facts;
    private final SalesWidgetQueries widgets;

    ClickHouseSalesWarehouse(SalesFactQueries facts, SalesWidgetQueries widgets) {
        this.facts = facts;
        this.widgets = widgets;
    }

    @Override
    public FactTotals totals(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return WarehouseUnavailable.read(() -> facts.totals(fact, scope, filter, range));
    }

    @Override
    public Map<SalesFact, FactComparison> brief(List<SalesFact> facts, ViewerScope scope, FactFilter filter,
            DayRange now, DayRange before) {
        return WarehouseUnavailable.read(() -> widgets.brief(facts, scope, filter, now, before));
    }

    @Override
    public KpiFigures kpi(ViewerScope scope, FactFilter filter, DayRange days) {
        return WarehouseUnavailable.read(() -> widgets.kpi(scope, filter, days));
    }

    @Override
    public Map<SalesFact, Map<YearMonth, FactTotals>> byMonth(List<SalesFact> facts, ViewerScope scope,
            FactFilter filter, DayRange range) {
        return WarehouseUnavailable.read(() -> widgets.byMonth(facts, scope, filter, range));
    }

    @Override
    public Map<SalesFact, Map<Long, FactTotals>> byOwner(List<SalesFact> facts, ViewerScope scope, FactFilter filter,
            DayRange range) {
        return WarehouseUnavailable.read(() -> widgets.byOwner(facts, scope, filter, range));
    }

    @Override
    public Map<String, FactTotals> byCategory(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return WarehouseUnavailable.read(() -> facts.byCategory(fact, scope, filter, range));
    }

    @Override
    public FactRecords records(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range, int page, int size) {
        return WarehouseUnavailable.read(() -> facts.records(fact, scope, filter, range, page, size));
    }
}
