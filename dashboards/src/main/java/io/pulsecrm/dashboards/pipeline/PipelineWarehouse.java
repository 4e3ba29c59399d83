package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.warehouse.query.ViewerScope;
import java.util.List;

/**
 * What the pipeline charts need from ClickHouse. The only way data enters this feature: every read happens
 * server-side, filtered by the viewer's data scope that the server resolved — never by a parameter the
 * browser chooses.
 */
public interface PipelineWarehouse {

    /**
     * Open opportunities per stage, counting the deals whose owner (or owner's department at the time) the
     * scope covers or on whose team the viewer is; every deal for {@link ViewerScope#EVERYTHING}.
     *
     * @throws WarehouseUnavailable when ClickHouse cannot answer
     */
    List<StageFigures> openPipelineByStage(ViewerScope scope);

}
