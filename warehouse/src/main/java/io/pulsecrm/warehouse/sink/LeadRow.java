package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.Column.Kind.INT64;
import static io.pulsecrm.warehouse.sink.Column.Kind.TEXT;
import static io.pulsecrm.warehouse.sink.Column.Kind.TIME;
import static io.pulsecrm.warehouse.sink.Column.oneOf;

import java.util.Set;

/**
 * Rows of {@code lead}, from {@code cdc.lead}: the funnel's first stages (status, qualified and converted times, the
 * customer it became) by source and campaign. The person (name, title) and how to reach them stay in PostgreSQL.
 */
final class LeadRow {

    static final Route ROUTE = MirroredTable.entity("lead",
            INT64.of("id"), TEXT.orNull("company"), TEXT.orNull("industry"), TEXT.orNull("region"),
            oneOf("source", CampaignRow.CHANNELS), INT64.orNull("campaign_id"),
            oneOf("status", Set.of("NEW", "QUALIFIED", "CONVERTED", "INVALID")), TIME.orNull("next_contact_at"),
            TIME.orNull("last_follow_up_at"), TIME.orNull("qualified_at"), TIME.orNull("converted_at"),
            INT64.orNull("converted_customer_id"), INT64.of("owner_id"), INT64.of("owner_dept_id"),
            INT64.of("created_by")).route();

    private LeadRow() {
    }
}
