package io.pulsecrm.warehouse.reconcile;

import java.util.List;

/**
 * {@code pipeline_by_stage}, which Kafka Streams derives, against the open deals per stage in PostgreSQL. The
 * weighted amount is rounded as the aggregate documents it: open amount × win rate / 100 over the stage's sum,
 * rounded once to cents half up (PostgreSQL's round of a positive numeric). A stage whose deals all left keeps a
 * row of zeros in ClickHouse; PostgreSQL has no row for it, so zeros are not read.
 */
final class PipelineFigure {

    private PipelineFigure() {}

    static Figure figure() {
        return new Figure("pipeline_by_stage", List.of("stage_id"), List.of("open_count", "open_amount", "weighted_amount"),
                """
                SELECT o.stage_id AS stage, count(*) AS open_count, sum(o.amount) AS open_amount,
                       round(sum(o.amount) * s.win_rate / 100, 2) AS weighted_amount
                FROM opportunity o JOIN opportunity_stage s ON s.id = o.stage_id
                WHERE o.status = 'OPEN'
                GROUP BY o.stage_id, s.win_rate
                """, """
                SELECT stage_id AS stage, open_count, open_amount, weighted_amount
                FROM pipeline_by_stage FINAL
                WHERE open_count <> 0 OR open_amount <> 0 OR weighted_amount <> 0
                """);
    }
}
