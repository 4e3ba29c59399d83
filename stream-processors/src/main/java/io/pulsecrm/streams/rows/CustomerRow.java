package io.pulsecrm.streams.rows;

import static io.pulsecrm.streams.change.Fields.optionalInstant;
import static io.pulsecrm.streams.change.Fields.optionalLong;
import static io.pulsecrm.streams.change.Fields.optionalString;
import static io.pulsecrm.streams.change.Fields.requireBoolean;
import static io.pulsecrm.streams.change.Fields.requireInstant;
import static io.pulsecrm.streams.change.Fields.requireLong;

import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeEnvelope;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.LsnVersioned;
import java.time.Instant;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import tools.jackson.databind.JsonNode;

/** A customer as captured; no owner (null) while it is in the public pool. Personal columns are not captured. */
public record CustomerRow(long id, String industry, String level, String region, String source, Long campaignId,
        Long leadId, String dealStatus, boolean locked, Long ownerId, Long ownerDeptId, Instant createdAt,
        Instant lastFollowUpAt, Instant lastDealAt,
        long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    /** The latest customer rows by id (shared by every topology; a delete stays as a marker, {@code deleted}). */
    public static KTable<String, CustomerRow> table(ChangeTables tables) {
        return tables.latest(Topics.cdc("customer"), "customer", CustomerRow.class, CustomerRow::from);
    }

    /** Every valid change of {@code cdc.customer} as it arrives (duplicates and stale replays included), for topologies
     * that keep their own per-key state. */
    public static KStream<String, CustomerRow> changes(ChangeTables tables) {
        return tables.changes(Topics.cdc("customer"), "customer", CustomerRow.class, CustomerRow::from);
    }

    static CustomerRow from(ChangeEnvelope event) {
        JsonNode r = event.row();
        return new CustomerRow(requireLong(r, "id"), optionalString(r, "industry"), optionalString(r, "level"),
                optionalString(r, "region"), optionalString(r, "source"), optionalLong(r, "campaign_id"),
                optionalLong(r, "lead_id"), optionalString(r, "deal_status"), requireBoolean(r, "locked"),
                optionalLong(r, "owner_id"), optionalLong(r, "owner_dept_id"), requireInstant(r, "created_at"),
                optionalInstant(r, "last_follow_up_at"), optionalInstant(r, "last_deal_at"),
                event.lsn(), event.tsMs(), event.isDelete());
    }
}
