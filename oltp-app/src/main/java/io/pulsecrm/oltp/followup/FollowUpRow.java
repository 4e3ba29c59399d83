package io.pulsecrm.oltp.followup;

import java.time.Instant;

/** A follow-up as lists and details show it, with its author's name. */
public record FollowUpRow(long id, SubjectType subjectType, long subjectId, Long customerId, FollowUpKind kind,
                          ContactMethod method, String content, Instant occurredAt, Instant nextContactAt,
                          long ownerId, String ownerName, Instant createdAt, Instant updatedAt, int version) {
}
