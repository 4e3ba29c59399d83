package io.pulsecrm.warehouse.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 *
 * <p>Two sources, the same figures: the {@code pipeline_by_stage} aggregate of the stream processors (every
 * deal), and the {@code opportunity} facts grouped here, which a viewer's data scope can filter by the owner
 * and the owner's department at the time of each deal's last change, and by the deals' teams.
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

    // The scope is a predicate on the facts, chosen by the server (the same as the drill-down's, PipelineDealQueries).
    static final String SCOPED_OPEN_PIPELINE_BY_STAGE = """
            SELECT s.id, s.name, s.position, s.win_rate,
                   ifNull(d.open_count, 0)                   AS open_count,
                   ifNull(d.open_amount, toDecimal128(0, 2)) AS open_amount
            FROM opportunity_stage AS s FINAL
            LEFT JOIN
            (
                SELECT stage_id, count() AS open_count, sum(amount) AS open_amount
                FROM opportunity FINAL
                WHERE %s
                GROUP BY stage_id
            ) AS d ON d.stage_id = s.id
            WHERE s.is_deleted = 0
            ORDER BY s.position, s.id
            """.formatted(OpenDealsInScope.CONDITION);

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

    /**
     * Every stage that exists, ordered by position, with the open deals the scope covers: a deal counts when
     * its owner or its owner's department (at the time of its last change) is in scope, or the viewer is on its
     * team, or the scope is everything. The weighted amount is the stage's open amount × win rate / 100 rounded once, half up, as
     * the stream processors compute it, so for {@link ViewerScope#EVERYTHING} the figures equal
     * {@link #openPipelineByStage()} once both have caught up.
     */
    public List<StagePipeline> openPipelineByStage(ViewerScope scope) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(SCOPED_OPEN_PIPELINE_BY_STAGE)) {
            OpenDealsInScope.bind(query, 1, scope);
            List<StagePipeline> stages = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    BigDecimal winRate = rs.getBigDecimal(4);
                    BigDecimal openAmount = rs.getBigDecimal("open_amount").setScale(2, RoundingMode.UNNECESSARY);
                    stages.add(new StagePipeline(rs.getLong(1), rs.getString(2), rs.getInt(3), winRate,
                            rs.getLong("open_count"), openAmount,
                            openAmount.multiply(winRate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP)));
                }
            }
            return stages;
        } catch (SQLException e) {
            throw new WarehouseQueryException("scoped open pipeline by stage", e);
        }
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
