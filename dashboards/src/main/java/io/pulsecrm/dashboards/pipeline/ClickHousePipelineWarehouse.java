package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.warehouse.query.PipelineQueries;
import io.pulsecrm.warehouse.query.StagePipeline;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** {@link PipelineWarehouse} on the warehouse library's queries: no SQL of our own. */
@Component
class ClickHousePipelineWarehouse implements PipelineWarehouse {

    private final PipelineQueries pipeline;

    ClickHousePipelineWarehouse(PipelineQueries pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public List<StageFigures> openPipelineByStage(ViewerScope scope) {
        return WarehouseUnavailable.read(() -> pipeline.openPipelineByStage(scope)).stream()
                .map(ClickHousePipelineWarehouse::figures).toList();
    }

    private static StageFigures figures(StagePipeline row) {
        return new StageFigures(row.stageId(), Objects.requireNonNullElse(row.stageName(), ""), row.position(),
                row.winRate(), row.openCount(), row.openAmount(), row.weightedAmount());
    }
}
