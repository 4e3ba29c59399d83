package io.pulsecrm.streams.rows;

import static io.pulsecrm.streams.change.Fields.requireInstant;
import static io.pulsecrm.streams.change.Fields.requireLong;
import static io.pulsecrm.streams.change.Fields.requireString;

import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeEnvelope;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.LsnVersioned;
import java.time.Instant;
import org.apache.kafka.streams.kstream.KTable;
import tools.jackson.databind.JsonNode;

/** A marketer's segment: its rule tree as JSON text (jsonb arrives as a string) and its owner; no description. */
public record SegmentRow(long id, String name, String rule, long ownerId, long ownerDeptId, Instant createdAt,
        Instant updatedAt, long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    /** The latest segment rows by id (shared by every topology; a delete stays as a marker, {@code deleted}). */
    public static KTable<String, SegmentRow> table(ChangeTables tables) {
        return tables.latest(Topics.cdc("segment"), "segment", SegmentRow.class, SegmentRow::from);
    }

    static SegmentRow from(ChangeEnvelope event) {
        JsonNode r = event.row();
        return new SegmentRow(requireLong(r, "id"), requireString(r, "name"), requireString(r, "rule"),
                requireLong(r, "owner_id"), requireLong(r, "owner_dept_id"), requireInstant(r, "created_at"),
                requireInstant(r, "updated_at"),
                event.lsn(), event.tsMs(), event.isDelete());
    }
}
