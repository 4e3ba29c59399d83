package io.pulsecrm.streams.rows;

import static io.pulsecrm.streams.change.Fields.requireInstant;
import static io.pulsecrm.streams.change.Fields.requireLong;
import static io.pulsecrm.streams.change.Fields.requireString;

import io.pulsecrm.segment.Rule;
import io.pulsecrm.segment.RuleInvalid;
import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeEnvelope;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.InvalidChangeEvent;
import io.pulsecrm.streams.change.LsnVersioned;
import java.time.Instant;
import org.apache.kafka.streams.kstream.KTable;

/**
 * A marketer's segment (its description is not captured). {@code rule} is the rule's canonical JSON
 * text, checked when the change is read: a rule {@code segment-rules} cannot parse is a poison event
 * (dead-lettered with the reason), so every row here holds a usable rule. Text, not {@link Rule},
 * because rows travel through stores and topics as data; {@link #parsedRule()} gives the rule back.
 */
public record SegmentRow(long id, String name, String rule, long ownerId, long ownerDeptId, Instant createdAt,
        Instant updatedAt, long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    /** The latest segment rows by id (shared by every topology; a delete stays as a marker, {@code deleted}). */
    public static KTable<String, SegmentRow> table(ChangeTables tables) {
        return tables.latest(Topics.cdc("segment"), "segment", SegmentRow.class, SegmentRow::from);
    }

    /** The rule; parses the text each call, so a caller evaluating often should keep it. */
    public Rule parsedRule() {
        return Rule.parse(rule);
    }

    static SegmentRow from(ChangeEnvelope event) {
        var r = event.row();
        long id = requireLong(r, "id");
        String rule;
        try {
            // jsonb arrives as its JSON text (Debezium's io.debezium.data.Json)
            rule = Rule.parse(requireString(r, "rule")).toJsonText();
        } catch (RuleInvalid e) {
            throw new InvalidChangeEvent("segment " + id + " has an invalid rule: " + e.getMessage());
        }
        return new SegmentRow(id, requireString(r, "name"), rule, requireLong(r, "owner_id"),
                requireLong(r, "owner_dept_id"), requireInstant(r, "created_at"), requireInstant(r, "updated_at"),
                event.lsn(), event.tsMs(), event.isDelete());
    }
}
