package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.Column.Kind.BOOL;
import static io.pulsecrm.warehouse.sink.Column.Kind.INT64;
import static io.pulsecrm.warehouse.sink.Column.Kind.TEXT;
import static io.pulsecrm.warehouse.sink.Column.Kind.TIME;
import static io.pulsecrm.warehouse.sink.Column.oneOf;
import static io.pulsecrm.warehouse.sink.Column.oneOfOrNull;

import java.util.Set;

/**
 * Rows of {@code customer}, from {@code cdc.customer}: the segmentation features (industry, region, level, source,
 * first-touch campaign, deal status, last follow-up and deal) and who owns the customer now. A pooled customer has
 * no owner ({@code owner_id} and {@code owner_dept_id} NULL, {@code pool_entered_at} set). Phone, e-mail, address,
 * website and remark stay in PostgreSQL.
 */
final class CustomerRow {

    static final Route ROUTE = MirroredTable.entity("customer",
            INT64.of("id"), TEXT.of("name"), TEXT.orNull("industry"), oneOf("level", Set.of("KEY", "NORMAL", "SMALL")),
            TEXT.orNull("region"), oneOfOrNull("source", CampaignRow.CHANNELS), INT64.orNull("campaign_id"),
            INT64.orNull("lead_id"), oneOf("deal_status", Set.of("NONE", "DEAL")), BOOL.of("locked"),
            INT64.orNull("owner_id"), INT64.orNull("owner_dept_id"), TIME.orNull("owned_since"),
            TIME.orNull("pool_entered_at"), TIME.orNull("last_follow_up_at"), TIME.orNull("last_deal_at"),
            TIME.orNull("next_contact_at"), INT64.of("created_by")).route();

    private CustomerRow() {
    }
}
