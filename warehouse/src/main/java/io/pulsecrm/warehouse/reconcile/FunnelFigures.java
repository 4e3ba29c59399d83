package io.pulsecrm.warehouse.reconcile;

import java.time.ZoneId;
import java.util.List;

/**
 * The funnel transitions the stream processors derived ({@code funnel_transition}), against the same entries read
 * from PostgreSQL's rows: per step (and stage) per month of the transition's time in the configured zone, how many
 * entered. PostgreSQL's rows say: a lead entered LEAD when created, QUALIFIED at {@code qualified_at}, CUSTOMER at
 * {@code converted_at}; a customer without a lead entered CUSTOMER when created; a deal entered OPPORTUNITY when
 * created, and at the same moment the stage its first recorded move left (its current stage if it never moved);
 * every {@code opportunity_stage_move} row is an entry into its {@code to_stage_id}; a closed deal entered WON or LOST
 * at {@code closed_at}. Leads found invalid are compared in number only: PostgreSQL keeps no time for that.
 */
final class FunnelFigures {

    private FunnelFigures() {}

    static List<Figure> all(ZoneId zone) {
        return List.of(
                new Figure("funnel_entries", List.of("step", "stage_id", "month"), List.of("entries"), """
                        WITH entries AS (
                            SELECT 'LEAD' AS step, 0::bigint AS stage, created_at AS at FROM lead
                            UNION ALL SELECT 'QUALIFIED', 0, qualified_at FROM lead WHERE qualified_at IS NOT NULL
                            UNION ALL SELECT 'CUSTOMER', 0, converted_at FROM lead WHERE status = 'CONVERTED'
                            UNION ALL SELECT 'CUSTOMER', 0, created_at FROM customer WHERE lead_id IS NULL
                            UNION ALL SELECT 'OPPORTUNITY', 0, created_at FROM opportunity
                            UNION ALL SELECT 'STAGE', coalesce((SELECT m.from_stage_id FROM opportunity_stage_move m
                                    WHERE m.opportunity_id = o.id ORDER BY m.moved_at, m.id LIMIT 1), o.stage_id),
                                created_at FROM opportunity o
                            UNION ALL SELECT 'STAGE', to_stage_id, moved_at FROM opportunity_stage_move
                            UNION ALL SELECT status, 0, closed_at FROM opportunity WHERE status IN ('WON', 'LOST'))
                        SELECT step, stage, to_char(at AT TIME ZONE z.zone, 'YYYYMM') AS month, count(*) AS entries
                        FROM entries CROSS JOIN (SELECT ?::text AS zone) AS z
                        GROUP BY step, stage, month
                        """, """
                        SELECT to_step, to_stage_id, toYYYYMM(at, ?) AS month, count() AS entries
                        FROM funnel_transition FINAL
                        WHERE is_deleted = 0 AND to_step != 'INVALID'
                        GROUP BY to_step, to_stage_id, month
                        """, List.of(zone.getId())),
                new Figure("funnel_invalid_leads", List.of("step"), List.of("leads"), """
                        SELECT 'INVALID' AS step, count(*) AS leads FROM lead WHERE status = 'INVALID' HAVING count(*) > 0
                        """, """
                        SELECT to_step, count() AS leads FROM funnel_transition FINAL
                        WHERE is_deleted = 0 AND to_step = 'INVALID' GROUP BY to_step
                        """));
    }
}
