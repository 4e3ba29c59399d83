package io.pulsecrm.dashboards.sales;

import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactComparison;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import io.pulsecrm.warehouse.query.sales.FactRecords;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.KpiFigures;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sales figures the web tests control: totals per fact and range (none unless a test says), and the last filter a
 * figure or drill-down was read with. The real reads are exercised by the *IT tests on the local stack.
 */
public class FakeSalesWarehouse implements SalesWarehouse {

    private final Map<String, FactTotals> totals = new ConcurrentHashMap<>();
    private volatile FactFilter lastFilter;

    /** What {@link #totals} answers for this fact and range, whoever asks. */
    public void totals(SalesFact fact, DayRange range, FactTotals value) {
        totals.put(fact + "@" + range, value);
    }

    public FactFilter lastFilter() {
        return lastFilter;
    }

    @Override
    public FactTotals totals(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        lastFilter = filter;
        return totals.getOrDefault(fact + "@" + range, FactTotals.NONE);
    }

    @Override
    public Map<SalesFact, FactComparison> brief(List<SalesFact> facts, ViewerScope scope, FactFilter filter,
            DayRange now, DayRange before) {
        Map<SalesFact, FactComparison> figures = new EnumMap<>(SalesFact.class);
        facts.forEach(fact -> figures.put(fact,
                new FactComparison(totals(fact, scope, filter, now), totals(fact, scope, filter, before))));
        return figures;
    }

    @Override
    public KpiFigures kpi(ViewerScope scope, FactFilter filter, DayRange days) {
        return new KpiFigures(List.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    @Override
    public Map<SalesFact, Map<YearMonth, FactTotals>> byMonth(List<SalesFact> facts, ViewerScope scope,
            FactFilter filter, DayRange range) {
        return Map.of();
    }

    @Override
    public Map<SalesFact, Map<Long, FactTotals>> byOwner(List<SalesFact> facts, ViewerScope scope, FactFilter filter,
            DayRange range) {
        return Map.of();
    }

    @Override
    public Map<String, FactTotals> byCategory(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return Map.of();
    }

    @Override
    public FactRecords records(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range, int page, int size) {
        lastFilter = filter;
        return new FactRecords(totals(fact, scope, filter, range), List.of());
    }
}
