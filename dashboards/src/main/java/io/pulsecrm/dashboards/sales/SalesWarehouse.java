package io.pulsecrm.dashboards.sales;

import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import io.pulsecrm.warehouse.query.sales.FactRecords;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import io.pulsecrm.warehouse.query.sales.TargetSum;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What the sales widgets and their drill-downs need from ClickHouse: the warehouse library's figures of the
 * {@link SalesFact}s, always for a scope the server resolved. Every method throws
 * {@link io.pulsecrm.dashboards.pipeline.WarehouseUnavailable} when ClickHouse cannot answer.
 */
public interface SalesWarehouse {

    FactTotals totals(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range);

    Map<YearMonth, FactTotals> byMonth(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range);

    Map<Long, FactTotals> byOwner(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range);

    Map<Long, FactTotals> byDepartment(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range);

    Map<String, FactTotals> byCategory(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range);

    FactRecords records(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range, int page, int size);

    List<TargetSum> targets(ViewerScope scope, YearMonth first, YearMonth last);
}
