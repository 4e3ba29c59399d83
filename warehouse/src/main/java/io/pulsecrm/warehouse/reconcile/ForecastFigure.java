package io.pulsecrm.warehouse.reconcile;

import java.time.ZoneId;
import java.util.List;

/**
 * The forecast against PostgreSQL recomputed from scratch. Weighted pipeline per close month, owner and category: open
 * deals in the month of their expected close date (0 without one) under their stage's forecast category, weighted by
 * its win rate; won deals in the month of closed_at in the zone (which must be stream-processors' forecast zone) as
 * CLOSED, in full; lost deals nowhere. Weighted amounts are compared exact, before any rounding. Receivables per owner:
 * payment plans, their amount, PostgreSQL's own received_amount (kept by oltp-app) against the sum the stream counted
 * from the receipts, and what is outstanding. ClickHouse rows whose figures are all zero are left out (a cell every
 * deal left keeps a row of zeros).
 */
final class ForecastFigure {

    private ForecastFigure() {}

    static List<Figure> all(ZoneId zone) {
        return List.of(
                new Figure("forecast_pipeline", List.of("close_month", "owner_id", "category"),
                        List.of("deals", "amount", "weighted_amount"), """
                        SELECT close_month, owner, category, count(*) AS deals, sum(amount) AS amount,
                               sum(amount * weight / 100) AS weighted_amount
                        FROM (SELECT CASE WHEN o.status = 'WON'
                                          THEN coalesce(to_char(o.closed_at AT TIME ZONE ?, 'YYYYMM'), '0')
                                          ELSE coalesce(to_char(o.expected_close_date, 'YYYYMM'), '0') END AS close_month,
                                     o.owner_id AS owner,
                                     CASE WHEN o.status = 'WON' THEN 'CLOSED' ELSE s.forecast_category END AS category,
                                     o.amount,
                                     CASE WHEN o.status = 'WON' THEN 100 ELSE s.win_rate END AS weight
                              FROM opportunity o JOIN opportunity_stage s ON s.id = o.stage_id
                              WHERE o.status IN ('OPEN', 'WON')) AS deal
                        GROUP BY close_month, owner, category
                        """, """
                        SELECT toString(close_month) AS month, owner_id AS owner, category AS forecast_category,
                               sum(deals) AS deal_count, sum(amount) AS total, sum(weighted_amount) AS weighted
                        FROM forecast_pipeline FINAL
                        -- the months are the stream's already; the zone is bound because both sides take the same
                        -- parameters, and ClickHouse refuses one it does not know
                        WHERE toTimeZone(now(), ?) IS NOT NULL
                        GROUP BY month, owner, forecast_category
                        HAVING deal_count <> 0 OR total <> 0 OR weighted <> 0
                        """, List.of(zone.getId())),
                new Figure("receivables_outstanding", List.of("owner_id"),
                        List.of("plans", "amount", "received", "outstanding"), """
                        SELECT owner_id AS owner, count(*) AS plans, sum(amount) AS amount,
                               sum(received_amount) AS received, sum(amount - received_amount) AS outstanding
                        FROM payment_plan GROUP BY owner_id
                        """, """
                        SELECT owner_id AS owner, count() AS plans, sum(amount) AS total, sum(received) AS received_total,
                               sum(outstanding) AS outstanding_total
                        FROM receivable FINAL WHERE is_deleted = 0 GROUP BY owner_id
                        """));
    }
}
