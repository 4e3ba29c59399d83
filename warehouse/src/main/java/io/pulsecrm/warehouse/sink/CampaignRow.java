package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.Column.Kind.DATE;
import static io.pulsecrm.warehouse.sink.Column.Kind.INT64;
import static io.pulsecrm.warehouse.sink.Column.Kind.MONEY;
import static io.pulsecrm.warehouse.sink.Column.Kind.TEXT;
import static io.pulsecrm.warehouse.sink.Column.oneOf;

import java.util.Set;

/**
 * Rows of {@code campaign}, from {@code cdc.campaign}: the channel and budget campaign ROI sets against the leads,
 * deals and receipts a campaign sourced. Its description stays in PostgreSQL (not captured).
 */
final class CampaignRow {

    /** PostgreSQL's CHECK on a campaign's channel, which is also the list of a lead's or customer's sources. */
    static final Set<String> CHANNELS = Set.of("SEARCH", "SOCIAL", "EMAIL", "EVENT", "EXHIBITION", "REFERRAL",
            "WEBSITE", "ADVERTISING", "TELEMARKETING", "OTHER");

    static final Route ROUTE = MirroredTable.entity("campaign",
            INT64.of("id"), TEXT.of("name"), oneOf("channel", CHANNELS),
            oneOf("status", Set.of("PLANNED", "ACTIVE", "ENDED", "CANCELLED")), MONEY.of("budget"),
            DATE.of("start_date"), DATE.of("end_date"), INT64.of("owner_id"), INT64.of("owner_dept_id")).route();

    private CampaignRow() {
    }
}
