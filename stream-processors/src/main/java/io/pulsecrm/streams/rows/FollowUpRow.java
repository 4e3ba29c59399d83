package io.pulsecrm.streams.rows;

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
import org.apache.kafka.streams.kstream.KTable;
import tools.jackson.databind.JsonNode;

/** A follow-up record on a lead, customer or something under a customer (its content is not captured). */
public record FollowUpRow(long id, String subjectType, long subjectId, Long customerId, String kind, String method,
        Instant occurredAt, Long ownerId, Long ownerDeptId,
        long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    /** The latest follow_up rows by id (shared by every topology; a delete stays as a marker, {@code deleted}). */
    public static KTable<String, FollowUpRow> table(ChangeTables tables) {
        return tables.latest(Topics.cdc("follow_up"), "follow_up", FollowUpRow.class, FollowUpRow::from);
    }

    static FollowUpRow from(ChangeEnvelope event) {
        JsonNode r = event.row();
        return new FollowUpRow(requireLong(r, "id"), requireString(r, "subject_type"), requireLong(r, "subject_id"),
                optionalLong(r, "customer_id"), requireString(r, "kind"), optionalString(r, "method"),
                requireInstant(r, "occurred_at"), optionalLong(r, "owner_id"), optionalLong(r, "owner_dept_id"),
                event.lsn(), event.tsMs(), event.isDelete());
    }
}
