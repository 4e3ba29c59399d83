package io.pulsecrm.warehouse.reconcile;

import java.util.List;

/**
 * Per campaign: its leads; the won amount of the opportunities it sourced ({@code opportunity.campaign_id}); the
 * amount received on them — receipts of contracts of those opportunities, following the foreign keys
 * receipt → contract → opportunity. ClickHouse joins the mirrored rows read with FINAL, deleted ones left out.
 */
final class CampaignFigures {

    private static final List<String> CAMPAIGN = List.of("campaign_id");

    private CampaignFigures() {}

    static List<Figure> all() {
        return List.of(
                new Figure("campaign_leads", CAMPAIGN, List.of("leads"), """
                        SELECT campaign_id AS campaign, count(*) AS leads
                        FROM lead WHERE campaign_id IS NOT NULL GROUP BY campaign_id
                        """, """
                        SELECT assumeNotNull(campaign_id) AS campaign, count() AS leads
                        FROM lead FINAL WHERE is_deleted = 0 AND campaign_id IS NOT NULL GROUP BY campaign
                        """),
                new Figure("campaign_won", CAMPAIGN, List.of("opportunities", "amount"), """
                        SELECT campaign_id AS campaign, count(*) AS opportunities, sum(amount) AS amount
                        FROM opportunity WHERE status = 'WON' AND campaign_id IS NOT NULL GROUP BY campaign_id
                        """, """
                        SELECT assumeNotNull(campaign_id) AS campaign, count() AS opportunities, sum(amount) AS total
                        FROM opportunity FINAL WHERE is_deleted = 0 AND status = 'WON' AND campaign_id IS NOT NULL
                        GROUP BY campaign
                        """),
                new Figure("campaign_received", CAMPAIGN, List.of("receipts", "amount"), """
                        SELECT o.campaign_id AS campaign, count(*) AS receipts, sum(r.amount) AS amount
                        FROM receipt r
                        JOIN contract c ON c.id = r.contract_id
                        JOIN opportunity o ON o.id = c.opportunity_id
                        WHERE o.campaign_id IS NOT NULL
                        GROUP BY o.campaign_id
                        """, """
                        SELECT assumeNotNull(o.campaign_id) AS campaign, count() AS receipts, sum(r.amount) AS total
                        FROM (SELECT contract_id, amount FROM receipt FINAL WHERE is_deleted = 0) AS r
                        INNER JOIN (SELECT id, assumeNotNull(opportunity_id) AS opportunity_id FROM contract FINAL
                                    WHERE is_deleted = 0 AND opportunity_id IS NOT NULL) AS c ON r.contract_id = c.id
                        INNER JOIN (SELECT id, campaign_id FROM opportunity FINAL
                                    WHERE is_deleted = 0 AND campaign_id IS NOT NULL) AS o ON c.opportunity_id = o.id
                        GROUP BY campaign
                        """));
    }
}
