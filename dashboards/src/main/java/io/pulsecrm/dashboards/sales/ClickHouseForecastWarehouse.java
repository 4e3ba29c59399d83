package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.warehouse.query.ForecastAccuracy;
import io.pulsecrm.warehouse.query.ForecastFigures;
import io.pulsecrm.warehouse.query.ForecastQueries;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link ForecastWarehouse} on the warehouse library's {@link ForecastQueries}: no SQL of our own. */
@Component
class ClickHouseForecastWarehouse implements ForecastWarehouse {

    private final ForecastQueries forecast;

    ClickHouseForecastWarehouse(ForecastQueries forecast) {
        this.forecast = forecast;
    }

    @Override
    public List<ForecastFigures> pipeline(ViewerScope scope, FactFilter filter, YearMonth first, YearMonth last) {
        return WarehouseUnavailable.read(() -> forecast.pipelineByMonthAndCategory(scope.scope(), filter, first, last));
    }

    @Override
    public List<ForecastAccuracy> forecastVsActual(ViewerScope scope, FactFilter filter, YearMonth first, YearMonth last) {
        return WarehouseUnavailable.read(() -> forecast.forecastVsActualByMonth(scope.scope(), filter, first, last));
    }
}
