package io.pulsecrm.dashboards.drilldown;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.access.ViewerAccess;
import io.pulsecrm.dashboards.config.DashboardsProperties;
import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.warehouse.query.ViewerScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** A stage's open deals as the viewer may see them: their scope resolved now, then one page read with it. */
@Service
class StageDrillDown {

    /** oltp-app's client-side route of a deal (its static/app/js/routes.js). */
    static final String DEAL_PATH = "/app/opportunities/";

    private static final Logger log = LoggerFactory.getLogger(StageDrillDown.class);

    private final StageDealsWarehouse warehouse;
    private final ViewerAccess access;
    private final DashboardsProperties properties;

    StageDrillDown(StageDealsWarehouse warehouse, ViewerAccess access, DashboardsProperties properties) {
        this.warehouse = warehouse;
        this.access = access;
        this.properties = properties;
    }

    /** @throws StageNotFound when the stage does not exist; WarehouseUnavailable when ClickHouse cannot answer */
    DealPageView deals(Viewer viewer, DealPageRequest request) {
        ViewerScope scope = WarehouseUnavailable.read(() -> access.scopeOf(viewer));
        var deals = warehouse.openDealsOfStage(request.stageId(), scope, request.page(), request.size())
                .orElseThrow(() -> new StageNotFound(request.stageId()));
        log.debug("Drill-down of stage {} page {} for user {}: {} of {} deals", request.stageId(), request.page(),
                viewer.userId(), deals.deals().size(), deals.totalItems());
        return DealPageView.of(deals, request, id -> properties.oltpUrl(DEAL_PATH + id));
    }
}
