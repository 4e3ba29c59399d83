package io.pulsecrm.dashboards.board;

import io.pulsecrm.warehouse.query.SinkProgress;
import java.util.Map;

/** How far the warehouse sink has written each table: one cheap query, polled by the live feed. */
public interface SinkWatermarks {

    /**
     * Table name → its last batch; tables the sink has not written yet are absent.
     *
     * @throws io.pulsecrm.dashboards.pipeline.WarehouseUnavailable when ClickHouse cannot answer
     */
    Map<String, SinkProgress.Watermark> latest();
}
