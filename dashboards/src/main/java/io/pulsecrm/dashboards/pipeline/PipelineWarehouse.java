package io.pulsecrm.dashboards.pipeline;

import java.util.List;

/**
 * What the pipeline charts need from ClickHouse. The only way data enters this feature: every read
 * happens server-side, so a data-scope predicate (a later issue) is added here and nowhere else —
 * never from a parameter the browser chooses.
 */
public interface PipelineWarehouse {

    /**
     * Open opportunities per stage.
     *
     * @throws WarehouseUnavailable when ClickHouse cannot answer
     */
    List<StageFigures> openPipelineByStage();

    /**
     * The sink's watermark: one cheap query, polled often.
     *
     * @throws WarehouseUnavailable when ClickHouse cannot answer
     */
    Watermark latestWatermark();
}
