package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.WarehouseQueryException;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import io.pulsecrm.warehouse.query.sales.FactRecords;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import io.pulsecrm.warehouse.query.sales.SalesFactQueries;
import io.pulsecrm.warehouse.query.sales.SalesTargetQueries;
import io.pulsecrm.warehouse.query.sales.TargetSum;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** {@link SalesWarehouse} on the warehouse library's queries: no SQL of our own. */
@Component
class ClickHouseSalesWarehouse implements SalesWarehouse {

    private final SalesFactQueries facts;
    private final SalesTargetQueries targets;

    ClickHouseSalesWarehouse(SalesFactQueries facts, SalesTargetQueries targets) {
        this.facts = facts;
        this.targets = targets;
    }

    @Override
    public FactTotals totals(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return call(() -> facts.totals(fact, scope, filter, range));
    }

    @Override
    public Map<YearMonth, FactTotals> byMonth(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return call(() -> facts.byMonth(fact, scope, filter, range));
    }

    @Override
    public Map<Long, FactTotals> byOwner(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return call(() -> facts.byOwner(fact, scope, filter, range));
    }

    @Override
    public Map<Long, FactTotals> byDepartment(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return call(() -> facts.byDepartment(fact, scope, filter, range));
    }

    @Override
    public Map<String, FactTotals> byCategory(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return call(() -> facts.byCategory(fact, scope, filter, range));
    }

    @Override
    public FactRecords records(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range, int page, int size) {
        return call(() -> facts.records(fact, scope, filter, range, page, size));
    }

    @Override
    public List<TargetSum> targets(ViewerScope scope, YearMonth first, YearMonth last) {
        return call(() -> targets.targets(scope, first, last));
    }

    /** Runs a warehouse read, telling the callers that ClickHouse could not answer as they expect it. */
    static <T> T call(Supplier<T> query) {
        try {
            return query.get();
        } catch (WarehouseQueryException e) {
            throw new WarehouseUnavailable(e.getMessage(), e);
        }
    }
}
