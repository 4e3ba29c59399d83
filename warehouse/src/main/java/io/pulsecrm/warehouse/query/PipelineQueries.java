package io.pulsecrm.warehouse.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Pipeline reads for the dashboards. Tables are read with FINAL, so the newest version of each
 * row counts and deleted stages are gone.
 */
public final class PipelineQueries {

    static final String OPEN_PIPELINE_BY_STAGE = """
            SELECT s.id                                        AS stage_id,
                   s.name                                      AS stage_name,
                   s.position                                  AS position,
                   s.win_rate                                  AS win_rate,
                   ifNull(p.open_count, 0)                     AS open_count,
                   ifNull(p.open_amount, toDecimal64(0, 2))     AS open_amount,
                   ifNull(p.weighted_amount, toDecimal64(0, 2)) AS weighted_amount
            FROM
            (
                SELECT id, name, position, win_rate
                FROM opportunity_stage FINAL
                WHERE is_deleted = 0
            ) AS s
            LEFT JOIN
            (
                SELECT stage_id, open_count, open_amount, weighted_amount
                FROM pipeline_by_stage FINAL
            ) AS p ON p.stage_id = s.id
            ORDER BY s.position, s.id
            """;

    private final DataSource dataSource;

    /** @param dataSource connections on the warehouse database ({@link io.pulsecrm.warehouse.ClickHouseDataSources#create}) */
    public PipelineQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Every stage that exists (not deleted), ordered by position, with its open pipeline; a stage
     * with no aggregate yet shows zeros.
     */
    public List<StagePipeline> openPipelineByStage() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(OPEN_PIPELINE_BY_STAGE);
             ResultSet rs = query.executeQuery()) {
            List<StagePipeline> stages = new ArrayList<>();
            while (rs.next()) {
                stages.add(row(rs));
            }
            return stages;
        } catch (SQLException e) {
            throw new WarehouseQueryException("open pipeline by stage", e);
        }
    }

    /**
     * The open pipeline of one stage, or null when the stage does not exist (or was deleted). Stages are few
     * (an admin's configuration), so this reads the same figures as the funnel rather than a second query.
     */
    public StagePipeline openPipelineOfStage(long stageId) {
        return openPipelineByStage().stream().filter(s -> s.stageId() == stageId).findFirst().orElse(null);
    }

    private static StagePipeline row(ResultSet rs) throws SQLException {
        return new StagePipeline(
                rs.getLong("stage_id"),
                rs.getString("stage_name"),
                rs.getInt("position"),
                rs.getBigDecimal("win_rate"),
                rs.getLong("open_count"),
                rs.getBigDecimal("open_amount"),
                rs.getBigDecimal("weighted_amount"));
    }
}
