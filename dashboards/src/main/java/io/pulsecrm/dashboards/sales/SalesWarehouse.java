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
import java.util.List;
import java.util.Map;

/**
 * What the sales widgets and their drill-downs need from ClickHouse: the warehouse library's figures of the
 * {@link SalesFact}s, always for a scope the server resolved. A widget's figures come in one read (one statement:
 * {@code SalesWidgetQueries}). Every method throws {@link io.pulsecrm.dashboards.pipeline.WarehouseUnavailable} when
 * ClickHouse cannot answer.
 */
public interface SalesWarehouse {

    FactTotals totals(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range);

    /** Each fact in {@code now} and in {@code before}; a fact without rows may be absent. */
    Map<SalesFact, FactComparison> brief(List<SalesFact> facts, ViewerScope scope, FactFilter filter, DayRange now,
            DayRange before);

    KpiFigures kpi(ViewerScope scope, FactFilter filter, DayRange days);

    Map<SalesFact, Map<YearMonth, FactTotals>> byMonth(List<SalesFact> facts, ViewerScope scope, FactFilter filter,
            DayRange range);

    Map<SalesFact, Map<Long, FactTotals>> byOwner(List<SalesFact> facts, ViewerScope scope, FactFilter filter,
            DayRange range);

    Map<String, FactTotals> byCategory(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range);

    FactRecords records(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range, int page, int size);
}
