package io.pulsecrm.dashboards.sales;

import io.pulsecrm.warehouse.query.ForecastAccuracy;
import io.pulsecrm.warehouse.query.ForecastFigures;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import java.time.YearMonth;
import java.util.List;

/**
 * What the forecast widgets need from ClickHouse besides the facts of {@link SalesWarehouse}: the forecast topology's
 * cells and snapshots, always for a scope the server resolved, narrowed by the dashboard's filters. Every method throws
 * {@link io.pulsecrm.dashboards.pipeline.WarehouseUnavailable} when ClickHouse cannot answer.
 */
public interface ForecastWarehouse {

    /** Each close month's figures per category (CLOSED: won in the month), months {@code first} to {@code last}. */
    List<ForecastFigures> pipeline(ViewerScope scope, FactFilter filter, YearMonth first, YearMonth last);

    /** Per month: the forecast of the month's first-day snapshot and what closed WON in it. */
    List<ForecastAccuracy> forecastVsActual(ViewerScope scope, FactFilter filter, YearMonth first, YearMonth last);
}
