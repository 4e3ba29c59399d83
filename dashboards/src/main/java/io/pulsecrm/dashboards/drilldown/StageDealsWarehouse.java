package io.pulsecrm.dashboards.drilldown;

import io.pulsecrm.warehouse.query.StageDeals;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.util.Optional;

/** What the drill-down needs from ClickHouse: one stage's open deals that a scope the server resolved covers. */
public interface StageDealsWarehouse {

    /**
     * Page {@code page} (from 0) of {@code size} of the stage's open deals in the scope, with their total count and
     * amount; empty when there is no such stage (or it was deleted).
     *
     * @throws io.pulsecrm.dashboards.pipeline.WarehouseUnavailable when ClickHouse cannot answer
     */
    Optional<StageDeals> openDealsOfStage(long stageId, ViewerScope scope, int page, int size);
}
