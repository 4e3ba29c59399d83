package io.pulsecrm.streams.rows;

import static io.pulsecrm.streams.change.Fields.optionalInstant;
import static io.pulsecrm.streams.change.Fields.optionalLong;
import static io.pulsecrm.streams.change.Fields.optionalString;
import static io.pulsecrm.streams.change.Fields.requireInstant;
import static io.pulsecrm.streams.change.Fields.requireLong;
import static io.pulsecrm.streams.change.Fields.requireString;

import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeEnvelope;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.LsnVersioned;
import java.time.Instant;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import tools.jackson.databind.JsonNode;

/** A lead as captured (its person's name, title and contact data are not). */
public record LeadRow(long id, String source, Long campaignId, String status, Instant qualifiedAt, Instant convertedAt,
        Long convertedCustomerId, Long ownerId, Long ownerDeptId, Instant createdAt, Instant updatedAt,
        long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    /** The latest lead rows by id (shared by every topology; a delete stays as a marker, {@code deleted}). */
    public static KTable<String, LeadRow> table(ChangeTables tables) {
        return tables.latest(Topics.cdc("lead"), "lead", LeadRow.class, LeadRow::from);
    }

    /** Every valid change of {@code cdc.lead} as it arrives (duplicates and stale replays included), for topologies
     * that keep their own per-key state. */
    public static KStream<String, LeadRow> changes(ChangeTables tables) {
        return tables.changes(Topics.cdc("lead"), "lead", LeadRow.class, LeadRow::from);
    }

    static LeadRow from(ChangeEnvelope event) {
        JsonNode r = event.row();
        return new LeadRow(requireLong(r, "id"), optionalString(r, "source"), optionalLong(r, "campaign_id"),
                requireString(r, "status"), optionalInstant(r, "qualified_at"), optionalInstant(r, "converted_at"),
                optionalLong(r, "converted_customer_id"), optionalLong(r, "owner_id"), optionalLong(r, "owner_dept_id"),
                requireInstant(r, "created_at"), requireInstant(r, "updated_at"),
                event.lsn(), event.tsMs(), event.isDelete());
    }
}
