package io.pulsecrm.warehouse.reconcile;

import java.util.List;

/**
 * Per attribution model and campaign: {@code campaign_roi}, which Kafka Streams derives, against the same figures
 * recomputed from PostgreSQL's rows — cost (sum of campaign_cost), leads ({@code lead.campaign_id}), opportunities
 * and their amount, won ones and their amount, approved contracts and their total, receipts and their amount.
 * Money reaches a campaign through its deal (receipt → contract → opportunity); last touch credits
 * {@code opportunity.campaign_id}, first touch the deal's customer's originating lead's campaign, else the customer's
 * own ({@code coalesce(lead.campaign_id, customer.campaign_id)}); cost and leads count under both models. A campaign
 * whose figures are all zero keeps a row of zeros in ClickHouse and has none in PostgreSQL, so zeros are not read.
 */
final class CampaignFigures {

    private static final List<String> VALUES = List.of("cost", "leads", "opportunities", "opportunity_amount", "won",
            "won_amount", "contracts", "contract_amount", "receipts", "received");

    private CampaignFigures() {}

    static List<Figure> all() {
        return List.of(new Figure("campaign_roi", List.of("model", "campaign_id"), VALUES, """
                WITH deal AS (
                    SELECT o.id, o.campaign_id AS last_touch, coalesce(l.campaign_id, cu.campaign_id) AS first_touch,
                           1 AS opportunities, o.amount AS opportunity_amount,
                           CASE WHEN o.status = 'WON' THEN 1 ELSE 0 END AS won,
                           CASE WHEN o.status = 'WON' THEN o.amount ELSE 0 END AS won_amount,
                           coalesce(k.contracts, 0) AS contracts, coalesce(k.contract_amount, 0) AS contract_amount,
                           coalesce(m.receipts, 0) AS receipts, coalesce(m.received, 0) AS received
                    FROM opportunity o
                    LEFT JOIN customer cu ON cu.id = o.customer_id
                    LEFT JOIN lead l ON l.id = cu.lead_id
                    LEFT JOIN (SELECT opportunity_id, count(*) AS contracts, sum(total_amount) AS contract_amount
                               FROM contract WHERE status = 'APPROVED' GROUP BY opportunity_id) k ON k.opportunity_id = o.id
                    LEFT JOIN (SELECT c.opportunity_id, count(*) AS receipts, sum(r.amount) AS received
                               FROM receipt r JOIN contract c ON c.id = r.contract_id
                               GROUP BY c.opportunity_id) m ON m.opportunity_id = o.id
                ), credited AS (
                    SELECT 'first_touch' AS model, first_touch AS campaign, 0 AS cost, 0 AS leads, opportunities,
                           opportunity_amount, won, won_amount, contracts, contract_amount, receipts, received
                    FROM deal WHERE first_touch IS NOT NULL
                    UNION ALL
                    SELECT 'last_touch', last_touch, 0, 0, opportunities, opportunity_amount, won, won_amount, contracts,
                           contract_amount, receipts, received
                    FROM deal WHERE last_touch IS NOT NULL
                    UNION ALL
                    SELECT m.model, cc.campaign_id, cc.amount, 0, 0, 0, 0, 0, 0, 0, 0, 0
                    FROM campaign_cost cc CROSS JOIN (VALUES ('first_touch'), ('last_touch')) AS m (model)
                    UNION ALL
                    SELECT m.model, ld.campaign_id, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0
                    FROM lead ld CROSS JOIN (VALUES ('first_touch'), ('last_touch')) AS m (model)
                    WHERE ld.campaign_id IS NOT NULL
                )
                SELECT model, campaign, sum(cost) AS cost, sum(leads) AS leads, sum(opportunities) AS opportunities,
                       sum(opportunity_amount) AS opportunity_amount, sum(won) AS won, sum(won_amount) AS won_amount,
                       sum(contracts) AS contracts, sum(contract_amount) AS contract_amount, sum(receipts) AS receipts,
                       sum(received) AS received
                FROM credited GROUP BY model, campaign
                HAVING sum(cost) <> 0 OR sum(leads) <> 0 OR sum(opportunities) <> 0 OR sum(receipts) <> 0
                    OR sum(contracts) <> 0
                """, """
                SELECT model AS attribution, campaign_id AS campaign, cost, leads, opportunities, opportunity_amount, won,
                       won_amount, contracts, contract_amount, receipts, received
                FROM campaign_roi FINAL
                WHERE cost <> 0 OR leads <> 0 OR opportunities <> 0 OR receipts <> 0 OR contracts <> 0
                """));
    }
}
