package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.warehouse.query.PipelineQueries;
import io.pulsecrm.warehouse.query.SinkProgress;
import io.pulsecrm.warehouse.query.StagePipeline;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.WarehouseQueryException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** {@link PipelineWarehouse} on the warehouse library's queries: no SQL of our own. */
@Component
class ClickHousePipelineWarehouse implements PipelineWarehouse {

    /** The tables whose new rows change the funnel: the deals, and the stages' names, order and win rates. */
    static final List<String> SOURCE_TABLES = List.of("opportunity", "opportunity_stage");

    /**
     * The source tables and the record teams: a member added or removed changes which deals a viewer's figures count
     * (the queries read the teams with the deals), though not how new the data is, so it moves the figures' token
     * but not {@link Watermark#updatedAt()}.
     */
    static final List<String> FIGURE_TABLES =
            Stream.concat(SOURCE_TABLES.stream(), Stream.of("org_record_team_member")).toList();

    /** The tables whose new rows may change who may see what: logins, roles, grants and the organization. */
    static final List<String> SCOPE_TABLES = List.of("org_user_session", "org_user", "org_department", "org_role",
            "org_user_role", "org_role_scope_department", "org_role_permission");

    private final PipelineQueries pipeline;
    private final SinkProgress progress;

    ClickHousePipelineWarehouse(PipelineQueries pipeline, SinkProgress progress) {
        this.pipeline = pipeline;
        this.progress = progress;
    }

    @Override
    public List<StageFigures> openPipelineByStage(ViewerScope scope) {
        try {
            return pipeline.openPipelineByStage(scope).stream().map(ClickHousePipelineWarehouse::figures).toList();
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
        Instant newestData = null;
        for (String table : SOURCE_TABLES) {
            SinkProgress.Watermark mark = latest.get(table);
            if (mark != null && (newestData == null || mark.lastCommitTs().isAfter(newestData))) {
                newestData = mark.lastCommitTs();
            }
        }
        return new Watermark(token(latest, FIGURE_TABLES), token(latest, SCOPE_TABLES), newestData);
    }

    private static String token(Map<String, SinkProgress.Watermark> latest, List<String> tables) {
        var token = new StringJoiner(";");
        for (String table : tables) {
            SinkProgress.Watermark mark = latest.get(table);
            if (mark != null) {
                token.add(table + "@" + mark.updatedAt().toEpochMilli() + "/" + mark.lastVersion() + "/" + mark.batchRows());
            }
        }
        return token.toString();
    }

    private static StageFigures figures(StagePipeline row) {
        return new StageFigures(row.stageId(), Objects.requireNonNullElse(row.stageName(), ""), row.position(),
                row.winRate(), row.openCount(), row.openAmount(), row.weightedAmount());
    }
}
