package io.pulsecrm.warehouse.reconcile;

import java.time.ZoneId;
import java.util.List;

/**
 * Per owner (as recorded on the row; 0 for a pooled customer) per month: the figures a sales manager reads. A month
 * taken from a timestamp is the month in the configured zone (bound as a parameter on both sides); a month taken from
 * a date (signed_on, received_on) is that date's month. ClickHouse reads the mirrored rows with FINAL and without
 * deleted ones.
 */
final class OwnerMonthFigures {

    private static final List<String> OWNER_MONTH = List.of("owner_id", "month");

    private OwnerMonthFigures() {}

    static List<Figure> all(ZoneId zone) {
        List<Object> inZone = List.of(zone.getId());
        return List.of(
                new Figure("new_customers", OWNER_MONTH, List.of("customers"), """
                        SELECT coalesce(owner_id, 0) AS owner, to_char(created_at AT TIME ZONE ?, 'YYYYMM') AS month,
                               count(*) AS customers
                        FROM customer GROUP BY owner, month
                        """, """
                        SELECT ifNull(owner_id, 0) AS owner, toYYYYMM(created_at, ?) AS month, count() AS customers
                        FROM customer FINAL WHERE is_deleted = 0 GROUP BY owner, month
                        """, inZone),
                // open deals by their current stage, in the month they were created
                new Figure("open_opportunities_by_stage", List.of("owner_id", "month", "stage_id"),
                        List.of("opportunities", "amount"), """
                        SELECT owner_id AS owner, to_char(created_at AT TIME ZONE ?, 'YYYYMM') AS month, stage_id AS stage,
                               count(*) AS opportunities, sum(amount) AS amount
                        FROM opportunity WHERE status = 'OPEN' GROUP BY owner, month, stage
                        """, """
                        SELECT owner_id AS owner, toYYYYMM(created_at, ?) AS month, stage_id AS stage,
                               count() AS opportunities, sum(amount) AS total
                        FROM opportunity FINAL WHERE is_deleted = 0 AND status = 'OPEN' GROUP BY owner, month, stage
                        """, inZone),
                new Figure("won_amount", OWNER_MONTH, List.of("opportunities", "amount"), """
                        SELECT owner_id AS owner, to_char(closed_at AT TIME ZONE ?, 'YYYYMM') AS month,
                               count(*) AS opportunities, sum(amount) AS amount
                        FROM opportunity WHERE status = 'WON' GROUP BY owner, month
                        """, """
                        SELECT owner_id AS owner, toYYYYMM(assumeNotNull(closed_at), ?) AS month,
                               count() AS opportunities, sum(amount) AS total
                        FROM opportunity FINAL WHERE is_deleted = 0 AND status = 'WON' GROUP BY owner, month
                        """, inZone),
                // every contract by status, so a status the warehouse missed shows as well as an amount
                new Figure("contract_amount", List.of("owner_id", "month", "status"), List.of("contracts", "amount"), """
                        SELECT owner_id AS owner, to_char(signed_on, 'YYYYMM') AS month, status,
                               count(*) AS contracts, sum(total_amount) AS amount
                        FROM contract GROUP BY owner, month, status
                        """, """
                        SELECT owner_id AS owner, toYYYYMM(signed_on) AS month, status AS contract_status,
                               count() AS contracts, sum(total_amount) AS amount
                        FROM contract FINAL WHERE is_deleted = 0 GROUP BY owner, month, contract_status
                        """),
                new Figure("receipts", OWNER_MONTH, List.of("receipts", "amount"), """
                        SELECT owner_id AS owner, to_char(received_on, 'YYYYMM') AS month,
                               count(*) AS receipts, sum(amount) AS amount
                        FROM receipt GROUP BY owner, month
                        """, """
                        SELECT owner_id AS owner, toYYYYMM(received_on) AS month, count() AS receipts, sum(amount) AS total
                        FROM receipt FINAL WHERE is_deleted = 0 GROUP BY owner, month
                        """));
    }
}
