package io.pulsecrm.dashboards.pipeline;

import java.time.Instant;
import java.util.List;

/** The figures read once for one watermark, shared by every viewer and language. Stages in position order. */
record PipelineSnapshot(Watermark watermark, List<StageFigures> rows) {

    PipelineSnapshot {
        rows = rows.stream().sorted(StageFigures.POSITION_ORDER).toList();
    }

    Instant updatedAt() {
        return watermark.updatedAt();
    }
}
