package io.pulsecrm.oltp.followup;

import java.time.Duration;
import java.time.Instant;

import io.pulsecrm.oltp.shared.FieldChecks;

/**
 * What a rep writes in a follow-up. {@link #checked} applies the rules every write shares, so a
 * create and an edit cannot disagree about them.
 *
 * @param occurredAt when it happened; omitted means now
 */
public record FollowUpEntry(FollowUpKind kind, ContactMethod method, String content, Instant occurredAt,
                            Instant nextContactAt) {

    public static final int CONTENT_MAX = 4000;
    /** A client's clock may run a little ahead of ours; more than this is a date typed wrong. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    /** The entry with its defaults applied and content trimmed; every broken rule at once as a 400. */
    FollowUpEntry checked(Instant now) {
        Instant occurred = occurredAt != null ? occurredAt : now;
        FieldChecks checks = new FieldChecks()
                .require(kind != null, "kind", "is required")
                .text(content, "content", CONTENT_MAX)
                .require(!occurred.isAfter(now.plus(CLOCK_SKEW)), "occurredAt", "must not be in the future")
                .require(nextContactAt == null || nextContactAt.isAfter(occurred), "nextContactAt",
                        "must be after occurredAt");
        if (kind == FollowUpKind.COMMUNICATION) {
            checks.require(method != null, "method", "is required for a COMMUNICATION");
        } else if (kind != null) {
            checks.require(method == null, "method", "must be empty unless kind is COMMUNICATION");
        }
        checks.orThrow(InvalidFollowUp::new);
        return new FollowUpEntry(kind, method, content.strip(), occurred, nextContactAt);
    }
}
