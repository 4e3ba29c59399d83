package io.pulsecrm.bench;

import io.pulsecrm.warehouse.query.FunnelStep;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The funnel as an OLTP-only CRM computes it when the widget is looked at: the transitions rebuilt from leads,
 * customers, deals and the stage move history ({@code t} below, by the definitions of dashboards/README.md that
 * {@link BenchFunnel} derives too), then the widget's queries over them in the order {@code FunnelWidget} makes them.
 */
final class PostgresFunnelFigures {

    private static final String MS = "((extract(epoch FROM %s) - extract(epoch FROM %s)) * 1000)::bigint";

    private static final String TRANSITIONS = """
            WITH mv AS (
                SELECT m.id, m.opportunity_id AS deal, m.from_stage_id, m.to_stage_id, m.moved_at,
                       coalesce(lag(m.moved_at) OVER (PARTITION BY m.opportunity_id ORDER BY m.moved_at, m.id), o.created_at) AS before
                FROM opportunity_stage_move m JOIN opportunity o ON o.id = m.opportunity_id
            ), ld AS (
                SELECT l.id, l.status, l.created_at, l.updated_at, l.qualified_at, l.converted_at, l.owner_id,
                       l.owner_dept_id, c.id AS became, CASE WHEN l.qualified_at IS NULL THEN 'LEAD' ELSE 'QUALIFIED' END AS last_step,
                       coalesce(l.qualified_at, l.created_at) AS last_at
                FROM lead l LEFT JOIN customer c ON c.lead_id = l.id
            ), d AS (
                -- a deal's first stage is the one its first move left; its last transition before closing, its last move
                SELECT o.id, o.created_at, o.closed_at, o.status, o.stage_id, o.owner_id, o.owner_dept_id, o.customer_id,
                       coalesce(f.first_stage, o.stage_id) AS first_stage, coalesce(f.last_moved, o.created_at) AS last_at
                FROM opportunity o
                LEFT JOIN (SELECT opportunity_id, (array_agg(from_stage_id ORDER BY moved_at, id))[1] AS first_stage,
                                  max(moved_at) AS last_moved
                           FROM opportunity_stage_move GROUP BY opportunity_id) f ON f.opportunity_id = o.id
            ), t AS (
                SELECT 'LEAD' AS to_step, 0::bigint AS to_stage, '' AS from_step, 0::bigint AS from_stage, created_at AS at,
                       owner_id, owner_dept_id, NULL::bigint AS ms, false AS backward, id AS lead_key,
                       became AS customer_key, NULL::bigint AS deal_key
                FROM ld
                UNION ALL SELECT 'QUALIFIED', 0, 'LEAD', 0, qualified_at, owner_id, owner_dept_id, %1$s, false, id, became, NULL
                FROM ld WHERE qualified_at IS NOT NULL
                UNION ALL SELECT 'CUSTOMER', 0, last_step, 0, converted_at, owner_id, owner_dept_id, %2$s, false, id, became, NULL
                FROM ld WHERE converted_at IS NOT NULL
                UNION ALL SELECT 'INVALID', 0, last_step, 0, updated_at, owner_id, owner_dept_id, %3$s, false, id, became, NULL
                FROM ld WHERE status = 'INVALID'
                UNION ALL SELECT 'CUSTOMER', 0, '', 0, created_at, owner_id, owner_dept_id, NULL, false, NULL, id, NULL
                FROM customer WHERE lead_id IS NULL
                UNION ALL SELECT 'OPPORTUNITY', 0, '', 0, created_at, owner_id, owner_dept_id, NULL, false, NULL, customer_id, id
                FROM d
                UNION ALL SELECT 'STAGE', first_stage, 'OPPORTUNITY', 0, created_at, owner_id, owner_dept_id, 0, false, NULL,
                       customer_id, id
                FROM d
                UNION ALL SELECT 'STAGE', mv.to_stage_id, 'STAGE', mv.from_stage_id, mv.moved_at, o.owner_id, o.owner_dept_id,
                       %4$s, sf.position > st.position, NULL, o.customer_id, o.id
                FROM mv JOIN opportunity o ON o.id = mv.deal
                JOIN opportunity_stage sf ON sf.id = mv.from_stage_id JOIN opportunity_stage st ON st.id = mv.to_stage_id
                UNION ALL SELECT status, 0, 'STAGE', stage_id, closed_at, owner_id, owner_dept_id, %5$s, false, NULL,
                       customer_id, id
                FROM d WHERE status IN ('WON', 'LOST') AND closed_at IS NOT NULL
            )
            """.formatted(MS.formatted("qualified_at", "created_at"), MS.formatted("converted_at", "last_at"),
            MS.formatted("updated_at", "last_at"), MS.formatted("mv.moved_at", "mv.before"),
            MS.formatted("closed_at", "last_at"));

    private static final String IN_VIEW = "t.at >= ? AND t.at < ? AND {scope}";

    private static final String ENTRIES = TRANSITIONS + "SELECT to_step, to_stage, count(*) FROM t WHERE " + IN_VIEW
            + " GROUP BY 1, 2";

    private static final String TIMES = TRANSITIONS + """
            SELECT from_step, from_stage, count(*), round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)),
                   round(percentile_cont(0.9) WITHIN GROUP (ORDER BY ms))
            FROM t WHERE %s AND from_step NOT IN ('', 'OPPORTUNITY') AND ms IS NOT NULL
            GROUP BY 1, 2""".formatted(IN_VIEW);

    private static final String BACKWARD = TRANSITIONS + "SELECT from_stage, to_stage, count(*) FROM t WHERE " + IN_VIEW
            + " AND backward GROUP BY 1, 2";

    // One pass, no join: each key's latest entry into the next step beside each entry in view (a self-join of the
    // rebuilt transitions is planned as a nested loop over two unindexed scans).
    private static final String CONVERSION = TRANSITIONS + """
            SELECT count(*) FILTER (WHERE entry), count(*) FILTER (WHERE entry AND last_at >= at)
            FROM (SELECT entry, at, max(at) FILTER (WHERE target) OVER (PARTITION BY k) AS last_at
                  FROM (SELECT %1$s AS k, t.at, (%2$s AND to_step = ? AND to_stage = ?) AS entry,
                               (to_step = ? AND to_stage = ? AND %1$s IS NOT NULL) AS target
                        FROM t WHERE (to_step = ? AND to_stage = ?) OR (to_step = ? AND to_stage = ?)) AS x) AS y""";

    private final Connection pg;

    PostgresFunnelFigures(Connection pg) {
        this.pg = pg;
    }

    void read(List<String> out, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        Map<String, Long> entries = new HashMap<>();
        query(ENTRIES, viewer, period, List.of(), rs -> entries.put(rs.getString(1) + " " + rs.getLong(2), rs.getLong(3)));
        query(TIMES, viewer, period, List.of(), rs -> out.add(ClickHouseFunnelFigures.timeLine(
                new FunnelStep(rs.getString(1), rs.getLong(2)), rs.getLong(3), rs.getLong(4), rs.getLong(5))));
        query(BACKWARD, viewer, period, List.of(),
                rs -> out.add(ClickHouseFunnelFigures.backwardLine(rs.getLong(1), rs.getLong(2), rs.getLong(3))));
        List<Long> stages = new ArrayList<>();
        try (PreparedStatement q = pg.prepareStatement("SELECT id FROM opportunity_stage ORDER BY position, id");
             ResultSet rs = QueryClock.time(q::executeQuery)) {
            while (rs.next()) {
                stages.add(rs.getLong(1));
            }
        }
        List<FunnelStep> line = ClickHouseFunnelFigures.line(stages);
        for (int i = 0; i < line.size(); i++) {
            FunnelStep step = line.get(i);
            long entered = entries.getOrDefault(step.step() + " " + step.stageId(), 0L);
            Long reached = null;
            if (i + 1 < line.size()) {
                FunnelStep next = line.get(i + 1);
                long[] found = {0};
                if (entered > 0) {
                    query(CONVERSION.formatted(key(step, next), IN_VIEW), viewer, period,
                            List.of(step.step(), step.stageId(), next.step(), next.stageId(), step.step(), step.stageId(),
                                    next.step(), next.stageId()), rs -> found[0] = rs.getLong(2));
                }
                reached = found[0];
            }
            out.add(ClickHouseFunnelFigures.stepLine(step, entered, reached));
        }
        out.add(ClickHouseFunnelFigures.stepLine(FunnelStep.of("LOST"), entries.getOrDefault("LOST 0", 0L), null));
    }

    /** Whose id follows an entry into the next step: the deal's within a deal, the customer's into deals, else the lead's. */
    private static String key(FunnelStep from, FunnelStep to) {
        if (level(from) == 2) {
            return "t.deal_key";
        }
        return level(to) == 2 || level(from) == 1 ? "t.customer_key" : "t.lead_key";
    }

    private static int level(FunnelStep step) {
        return switch (step.step()) {
            case "LEAD", "QUALIFIED", "INVALID" -> 0;
            case "CUSTOMER" -> 1;
            default -> 2;
        };
    }

    private interface Row {
        void read(ResultSet rs) throws Exception;
    }

    private void query(String sql, ViewerScope viewer, DashboardWidget.Period period, List<Object> more, Row row)
            throws Exception {
        try (PreparedStatement q = pg.prepareStatement(PostgresFact.owned(sql, "t", viewer))) {
            q.setObject(1, period.range().from().atStartOfDay(ClickHouseFunnelFigures.ZONE).toOffsetDateTime());
            q.setObject(2, period.range().to().plusDays(1).atStartOfDay(ClickHouseFunnelFigures.ZONE).toOffsetDateTime());
            PostgresFact.bindOwned(q, 3, viewer);
            int next = viewer.scope().all() ? 3 : 5;
            for (Object value : more) {
                q.setObject(next++, value);
            }
            try (ResultSet rs = QueryClock.time(q::executeQuery)) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
