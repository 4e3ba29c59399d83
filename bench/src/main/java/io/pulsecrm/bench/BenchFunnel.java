package io.pulsecrm.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code funnel_transition} derived in ClickHouse as stream-processors' FunnelTopology defines it (its README, "Funnel
 * topology"): a lead enters LEAD when created, QUALIFIED at {@code qualified_at}, CUSTOMER at {@code converted_at}
 * (naming the customer it became) or leaves as INVALID at {@code updated_at}; a customer without a lead enters CUSTOMER
 * when created; a deal enters OPPORTUNITY and its first stage (the one its first move left, else its current one) when
 * created, a stage at each move (backward to a lower position), WON or LOST at {@code closed_at}. Time in the step
 * left: since the entity's previous transition. Owners as on the rows (the bench transfers nothing).
 *
 * <p>The warehouse mirrors no stage moves (the stream reads them from {@code cdc.opportunity_stage_move}), so the
 * bench generates them into a table of its own, {@value #MOVES}, for this derivation only, and drops it after.
 */
final class BenchFunnel {

    private BenchFunnel() {
    }

    static final String MOVES = "bench_stage_move";

    static final String CREATE_MOVES = """
            CREATE TABLE IF NOT EXISTS %s
            (id Int64, opportunity_id Int64, from_stage_id Int64, to_stage_id Int64, moved_at DateTime64(3, 'UTC'))
            ENGINE = MergeTree ORDER BY (opportunity_id, moved_at, id)""".formatted(MOVES);

    static final String DROP_MOVES = "DROP TABLE IF EXISTS " + MOVES;

    private static final String COLUMNS = """
            INSERT INTO funnel_transition (fact_id, entity_type, entity_id, from_step, from_stage_id, to_step, to_stage_id,
                at, owner_id, owner_dept_id, source, campaign_id, lead_id, customer_id, backward, ms_in_from_step, version,
                is_deleted, commit_ts)
            """;

    private static final String MS = "toUnixTimestamp64Milli(%s) - toUnixTimestamp64Milli(%s)";

    private static final String LEADS = COLUMNS + """
            WITH l AS (
                SELECT l.id AS id, l.source AS source, l.campaign_id AS campaign_id, l.status AS status,
                       l.created_at AS created_at, l.updated_at AS updated_at, l.qualified_at AS qualified_at,
                       l.converted_at AS converted_at, l.owner_id AS owner_id, l.owner_dept_id AS owner_dept_id,
                       nullIf(c.id, 0) AS became,
                       if(l.qualified_at IS NULL, 'LEAD', 'QUALIFIED') AS last_step,
                       ifNull(l.qualified_at, l.created_at) AS last_at
                FROM (SELECT * FROM lead FINAL WHERE is_deleted = 0) AS l
                LEFT JOIN (SELECT id, assumeNotNull(lead_id) AS lead FROM customer FINAL WHERE is_deleted = 0 AND lead_id IS NOT NULL) AS c
                       ON c.lead = l.id
            )
            SELECT concat('LEAD:', toString(id), ':', step, ':', toString(toUnixTimestamp64Milli(t))), 'LEAD', id, from_step, 0,
                   step, 0, t, owner_id, owner_dept_id, source, campaign_id, id, became, 0, ms, 1, 0, now64(3)
            FROM
            (
                SELECT *, 'LEAD' AS step, '' AS from_step, created_at AS t, CAST(NULL AS Nullable(Int64)) AS ms FROM l
                UNION ALL
                SELECT *, 'QUALIFIED', 'LEAD', assumeNotNull(qualified_at), toNullable(%1$s) FROM l WHERE qualified_at IS NOT NULL
                UNION ALL
                SELECT *, 'CUSTOMER', last_step, assumeNotNull(converted_at), toNullable(%2$s) FROM l WHERE converted_at IS NOT NULL
                UNION ALL
                SELECT *, 'INVALID', last_step, updated_at, toNullable(%3$s) FROM l WHERE status = 'INVALID'
            )
            """.formatted(MS.formatted("assumeNotNull(qualified_at)", "created_at"),
            MS.formatted("assumeNotNull(converted_at)", "last_at"), MS.formatted("updated_at", "last_at"));

    private static final String CUSTOMERS = COLUMNS + """
            SELECT concat('CUSTOMER:', toString(id), ':CUSTOMER'), 'CUSTOMER', id, '', 0, 'CUSTOMER', 0, created_at,
                   ifNull(owner_id, 0), ifNull(owner_dept_id, 0), source, campaign_id, NULL, id, 0, NULL, 1, 0, now64(3)
            FROM customer FINAL WHERE is_deleted = 0 AND lead_id IS NULL
            """;

    // A deal's moves in order, each with the time of the transition before it (the deal's creation for the first).
    private static final String DEALS = COLUMNS + """
            WITH o AS (SELECT * FROM opportunity FINAL WHERE is_deleted = 0),
                 m AS (
                     SELECT m.id AS id, m.opportunity_id AS deal, m.from_stage_id AS from_stage, m.to_stage_id AS to_stage,
                            m.moved_at AS moved_at,
                            ifNull(lagInFrame(toNullable(m.moved_at)) OVER (PARTITION BY m.opportunity_id ORDER BY m.moved_at, m.id
                                   ROWS BETWEEN 1 PRECEDING AND CURRENT ROW), o.created_at) AS before,
                            row_number() OVER (PARTITION BY m.opportunity_id ORDER BY m.moved_at, m.id) AS nth,
                            row_number() OVER (PARTITION BY m.opportunity_id ORDER BY m.moved_at DESC, m.id DESC) AS nth_last
                     FROM %1$s AS m JOIN o ON o.id = m.opportunity_id),
                 s AS (SELECT id, position FROM opportunity_stage FINAL WHERE is_deleted = 0),
                 d AS (
                     SELECT o.id AS id, o.created_at AS created_at, o.closed_at AS closed_at, o.status AS status,
                            o.stage_id AS stage_id, o.owner_id AS owner_id, o.owner_dept_id AS owner_dept_id,
                            o.campaign_id AS campaign_id, o.customer_id AS customer_id,
                            if(f.deal = 0, o.stage_id, f.from_stage) AS first_stage,
                            if(z.deal = 0, o.created_at, z.moved_at) AS last_at
                     FROM o
                     LEFT JOIN (SELECT deal, from_stage FROM m WHERE nth = 1) AS f ON f.deal = o.id
                     LEFT JOIN (SELECT deal, moved_at FROM m WHERE nth_last = 1) AS z ON z.deal = o.id)
            SELECT concat('OPPORTUNITY:', toString(id), ':', fact), 'OPPORTUNITY', id, from_step, from_stage, step, to_stage,
                   t, owner_id, owner_dept_id, NULL, campaign_id, NULL, customer_id, backward, ms, 1, 0, now64(3)
            FROM
            (
                SELECT id, owner_id, owner_dept_id, campaign_id, customer_id, 'OPPORTUNITY' AS fact, '' AS from_step,
                       toInt64(0) AS from_stage, 'OPPORTUNITY' AS step, toInt64(0) AS to_stage, created_at AS t,
                       toUInt8(0) AS backward, CAST(NULL AS Nullable(Int64)) AS ms
                FROM d
                UNION ALL
                SELECT id, owner_id, owner_dept_id, campaign_id, customer_id, concat('STAGE:', toString(first_stage)),
                       'OPPORTUNITY', 0, 'STAGE', first_stage, created_at, 0, toNullable(toInt64(0))
                FROM d
                UNION ALL
                SELECT d.id, d.owner_id, d.owner_dept_id, d.campaign_id, d.customer_id, concat('MOVE:', toString(m.id)),
                       'STAGE', m.from_stage, 'STAGE', m.to_stage, m.moved_at, toUInt8(sf.position > st.position),
                       toNullable(%2$s)
                FROM m JOIN d ON d.id = m.deal JOIN s AS sf ON sf.id = m.from_stage JOIN s AS st ON st.id = m.to_stage
                UNION ALL
                SELECT id, owner_id, owner_dept_id, campaign_id, customer_id, status, 'STAGE', stage_id, status, 0,
                       assumeNotNull(closed_at), 0, toNullable(%3$s)
                FROM d WHERE status IN ('WON', 'LOST') AND closed_at IS NOT NULL
            )
            """.formatted(MOVES, MS.formatted("m.moved_at", "m.before"), MS.formatted("assumeNotNull(closed_at)", "last_at"));

    static Map<String, String> statements() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("funnel_transition leads", LEADS);
        all.put("funnel_transition customers", CUSTOMERS);
        all.put("funnel_transition deals", DEALS);
        all.put("drop " + MOVES, DROP_MOVES);
        return all;
    }
}
