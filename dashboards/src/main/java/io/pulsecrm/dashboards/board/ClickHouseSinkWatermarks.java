package io.pulsecrm.dashboards.board;

import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.warehouse.query.SinkProgress;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@link SinkWatermarks} on the warehouse library's {@link SinkProgress}. */
@Component
class ClickHouseSinkWatermarks implements SinkWatermarks {

    private final SinkProgress progress;

    ClickHouseSinkWatermarks(SinkProgress progress) {
        this.progress = progress;
    }

    @Override
    public Map<String, SinkProgress.Watermark> latest() {
        return WarehouseUnavailable.read(() -> progress.latest());
    }
}
