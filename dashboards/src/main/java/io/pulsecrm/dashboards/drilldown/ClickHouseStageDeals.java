package io.pulsecrm.dashboards.drilldown;

import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.warehouse.query.PipelineDealQueries;
import io.pulsecrm.warehouse.query.StageDeals;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link StageDealsWarehouse} on the warehouse library's query: no SQL of our own. */
@Component
class ClickHouseStageDeals implements StageDealsWarehouse {

    private final PipelineDealQueries deals;

    ClickHouseStageDeals(PipelineDealQueries deals) {
        this.deals = deals;
    }

    @Override
    public Optional<StageDeals> openDealsOfStage(long stageId, ViewerScope scope, int page, int size) {
        return WarehouseUnavailable.read(() -> deals.openDealsOfStage(stageId, scope, page, size));
    }
}
