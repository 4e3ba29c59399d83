package io.pulsecrm.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ClickHouse's analytics tables of the bench, derived at load time from its own mirrors with {@code INSERT … SELECT},
 * as stream-processors defines them (its README's sections per topology; warehouse's reconciliation figures say the
 * same against PostgreSQL), so both sides hold the same truth without running the pipeline over ten million rows.
 * Every row is version 1: nothing is replaced later.
 */
final class BenchAnalytics {

    private BenchAnalytics() {
    }

    /** The forecast zone, stream-processors' default {@code CRM_FORECAST_ZONE}. */
    static final String ZONE = "Asia/Shanghai";

    // Category: the stage's, which oltp-app (V34) defaults from the win rate; the bench's stages set none, and the
    // warehouse's stage mirror carries the win rate only.
    private static final String FORECAST_PIPELINE = """
            INSERT INTO forecast_pipeline (close_month, owner_id, owner_dept_id, status, stage_id, category, deals, amount,
                                           weighted_amount, version, commit_ts)
            SELECT ifNull(if(o.status = 'WON', toYYYYMM(o.closed_at, '%1$s'), toYYYYMM(o.expected_close_date)), 0) AS month,
                   o.owner_id, o.owner_dept_id, o.status, o.stage_id,
                   if(o.status = 'WON', 'CLOSED',
                      multiIf(s.win_rate >= 70, 'COMMIT', s.win_rate >= 40, 'BEST_CASE', 'PIPELINE')) AS category,
                   count(), sum(o.amount),
                   sum(if(o.status = 'WON', toDecimal128(o.amount, 6), toDecimal128(toDecimal128(o.amount, 6) * s.win_rate / 100, 6))),
                   1, now64(3)
            FROM (SELECT * FROM opportunity FINAL WHERE is_deleted = 0 AND status IN ('OPEN', 'WON')) AS o
            JOIN (SELECT id, win_rate FROM opportunity_stage FINAL WHERE is_deleted = 0) AS s ON s.id = o.stage_id
            GROUP BY month, o.owner_id, o.owner_dept_id, o.status, o.stage_id, category
            """.formatted(ZONE);

    // The stream snapshots every cell each day; history cannot be snapshotted after the fact, so the bench stands in
    // today's cells on the first day of each month of its two years: what the forecast-vs-actual widget reads.
    private static final String FORECAST_SNAPSHOT = """
            INSERT INTO forecast_snapshot (snapshot_date, close_month, owner_id, owner_dept_id, status, stage_id, category,
                                           deals, amount, weighted_amount, version, commit_ts)
            SELECT d.day, p.close_month, p.owner_id, p.owner_dept_id, p.status, p.stage_id, p.category, p.deals, p.amount,
                   p.weighted_amount, 1, now64(3)
            FROM forecast_pipeline AS p FINAL
            CROSS JOIN (SELECT addMonths(toDate('%s'), toInt32(number)) AS day FROM numbers(24)) AS d
            """.formatted(BenchDataset.FIRST_DAY);

    private static final String RECEIVABLE = """
            INSERT INTO receivable (plan_id, contract_id, owner_id, owner_dept_id, due_date, amount, receipts, received,
                                    outstanding, version, is_deleted, commit_ts)
            SELECT p.id, p.contract_id, p.owner_id, p.owner_dept_id, p.due_date, p.amount, r.receipts, r.received,
                   p.amount - r.received, 1, 0, now64(3)
            FROM (SELECT * FROM payment_plan FINAL WHERE is_deleted = 0) AS p
            LEFT JOIN (SELECT assumeNotNull(plan_id) AS plan, count() AS receipts, sum(amount) AS received
                       FROM receipt FINAL WHERE is_deleted = 0 AND plan_id IS NOT NULL GROUP BY plan) AS r ON r.plan = p.id
            """;

    // Money reaches a campaign through its deal (receipt → contract → opportunity); last touch: the deal's campaign,
    // first touch: its customer's originating lead's, else the customer's own; cost and leads count under both.
    private static final String CAMPAIGN_ROI = """
            INSERT INTO campaign_roi (model, campaign_id, cost, leads, opportunities, opportunity_amount, won, won_amount,
                                      contracts, contract_amount, receipts, received, version, commit_ts)
            WITH deal AS (
                SELECT o.campaign_id AS last_touch, coalesce(l.campaign_id, cu.campaign_id) AS first_touch,
                       toDecimal128(o.amount, 2) AS amount, toInt64(o.status = 'WON') AS won,
                       if(o.status = 'WON', toDecimal128(o.amount, 2), toDecimal128(0, 2)) AS won_amount,
                       toInt64(k.contracts) AS contracts, toDecimal128(k.contract_amount, 2) AS contract_amount,
                       toInt64(m.receipts) AS receipts, toDecimal128(m.received, 2) AS received
                FROM (SELECT id, campaign_id, customer_id, status, amount FROM opportunity FINAL WHERE is_deleted = 0) AS o
                LEFT JOIN (SELECT id, lead_id, campaign_id FROM customer FINAL WHERE is_deleted = 0) AS cu ON cu.id = o.customer_id
                LEFT JOIN (SELECT id, campaign_id FROM lead FINAL WHERE is_deleted = 0) AS l ON l.id = cu.lead_id
                LEFT JOIN (SELECT assumeNotNull(opportunity_id) AS deal, count() AS contracts, sum(total_amount) AS contract_amount
                           FROM contract FINAL WHERE is_deleted = 0 AND status = 'APPROVED' AND opportunity_id IS NOT NULL
                           GROUP BY deal) AS k ON k.deal = o.id
                LEFT JOIN (SELECT assumeNotNull(c.opportunity_id) AS deal, count() AS receipts, sum(r.amount) AS received
                           FROM (SELECT contract_id, amount FROM receipt FINAL WHERE is_deleted = 0) AS r
                           JOIN (SELECT id, opportunity_id FROM contract FINAL WHERE is_deleted = 0 AND opportunity_id IS NOT NULL) AS c
                             ON c.id = r.contract_id
                           GROUP BY deal) AS m ON m.deal = o.id
            )
            SELECT model, campaign, sum(cost), sum(leads), sum(opportunities), sum(opportunity_amount), sum(won),
                   sum(won_amount), sum(contracts), sum(contract_amount), sum(receipts), sum(received), 1, now64(3)
            FROM
            (
                SELECT 'first_touch' AS model, assumeNotNull(first_touch) AS campaign, toDecimal128(0, 2) AS cost,
                       toInt64(0) AS leads, toInt64(1) AS opportunities, amount AS opportunity_amount, won, won_amount,
                       contracts, contract_amount, receipts, received
                FROM deal WHERE first_touch IS NOT NULL
                UNION ALL
                SELECT 'last_touch', assumeNotNull(last_touch), toDecimal128(0, 2), toInt64(0), toInt64(1), amount, won,
                       won_amount, contracts, contract_amount, receipts, received
                FROM deal WHERE last_touch IS NOT NULL
                UNION ALL
                SELECT m, campaign_id, toDecimal128(amount, 2), toInt64(0), toInt64(0), toDecimal128(0, 2), toInt64(0),
                       toDecimal128(0, 2), toInt64(0), toDecimal128(0, 2), toInt64(0), toDecimal128(0, 2)
                FROM (SELECT campaign_id, amount FROM campaign_cost FINAL WHERE is_deleted = 0)
                ARRAY JOIN ['first_touch', 'last_touch'] AS m
                UNION ALL
                SELECT m, assumeNotNull(campaign_id), toDecimal128(0, 2), toInt64(1), toInt64(0), toDecimal128(0, 2),
                       toInt64(0), toDecimal128(0, 2), toInt64(0), toDecimal128(0, 2), toInt64(0), toDecimal128(0, 2)
                FROM (SELECT campaign_id FROM lead FINAL WHERE is_deleted = 0 AND campaign_id IS NOT NULL)
                ARRAY JOIN ['first_touch', 'last_touch'] AS m
            )
            GROUP BY model, campaign
            """;

    /** The statements in order (the snapshot copies the pipeline), by the table each fills. */
    static Map<String, String> statements() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("forecast_pipeline", FORECAST_PIPELINE);
        all.put("forecast_snapshot", FORECAST_SNAPSHOT);
        all.put("receivable", RECEIVABLE);
        all.put("campaign_roi", CAMPAIGN_ROI);
        all.putAll(BenchFunnel.statements());
        return all;
    }

    static void derive(Connection clickhouse) throws SQLException {
        for (Map.Entry<String, String> e : statements().entrySet()) {
            long start = System.nanoTime();
            try (Statement s = clickhouse.createStatement()) {
                s.execute(e.getValue());
            } catch (SQLException failed) {
                throw new SQLException(e.getKey() + ": " + failed.getMessage() + "\n" + e.getValue(), failed);
            }
            System.out.printf("    %-10s %-24s %5.1f s (derived)%n", "ClickHouse", e.getKey(), (System.nanoTime() - start) / 1e9);
        }
    }
}
