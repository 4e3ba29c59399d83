package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.Column.Kind.DATE;
import static io.pulsecrm.warehouse.sink.Column.Kind.INT64;
import static io.pulsecrm.warehouse.sink.Column.Kind.MONEY;
import static io.pulsecrm.warehouse.sink.Column.Kind.TIME;

/**
 * Rows of {@code campaign_cost}, from {@code cdc.campaign_cost}: what a campaign cost and when, the denominator of
 * its ROI. Written once (no optimistic lock); the note stays in PostgreSQL.
 */
final class CampaignCostRow {

    static final Route ROUTE = MirroredTable.log("campaign_cost",
            INT64.of("id"), INT64.of("campaign_id"), MONEY.of("amount"), DATE.of("incurred_on"), INT64.of("created_by"),
            TIME.of("created_at")).route();

    private CampaignCostRow() {
    }
}
