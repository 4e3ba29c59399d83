package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.warehouse.query.PipelineQueries;
import io.pulsecrm.warehouse.query.SinkProgress;
import io.pulsecrm.warehouse.query.StagePipeline;
import io.pulsecrm.warehouse.query.WarehouseQueryException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.springframework.stereotype.Component;

/** {@link PipelineWarehouse} on the warehouse library's queries: no SQL of our own. */
@Component
class ClickHousePipelineWarehouse implements PipelineWarehouse {

    /** The tables whose new rows change the funnel: the aggregate, and the stages' names, order and win rates. */
    static final List<String> SOURCE_TABLES = List.of("pipeline_by_stage", "opportunity_stage");

    private final PipelineQueries pipeline;
    private final SinkProgress progress;

    ClickHousePipelineWarehouse(PipelineQueries pipeline, SinkProgress progress) {
        this.pipeline = pipeline;
        this.progress = progress;
    }

    @Override
    public List<StageFigures> openPipelineByStage() {
        try {
            return pipeline.openPipelineByStage().stream().map(ClickHousePipelineWarehouse::figures).toList();
        } catch (WarehouseQueryException e) {
            throw new WarehouseUnavailable(e.getMessage(), e);
        }
    }

    @Override
    public Watermark latestWatermark() {
        Map<String, SinkProgress.Watermark> latest;
        try {
            latest = progress.latest();
        } catch (WarehouseQueryException e) {
            throw new WarehouseUnavailable(e.getMessage(), e);
        }
        var token = new StringJoiner(";");
        Instant newestData = null;
        for (String table : SOURCE_TABLES) {
            SinkProgress.Watermark mark = latest.get(table);
            if (mark == null) {
                continue;
            }
            token.add(table + "@" + mark.updatedAt().toEpochMilli() + "/" + mark.lastVersion() + "/" + mark.batchRows());
            if (newestData == null || mark.lastCommitTs().isAfter(newestData)) {
                newestData = mark.lastCommitTs();
            }
        }
        return newestData == null ? Watermark.NONE : new Watermark(token.toString(), newestData);
    }

    private static StageFigures figures(StagePipeline row) {
        return new StageFigures(row.stageId(), Objects.requireNonNullElse(row.stageName(), ""), row.position(),
                row.winRate(), row.openCount(), row.openAmount(), row.weightedAmount());
    }
}
