package io.pulsecrm.oltp.segment;

import java.time.Instant;

import io.pulsecrm.segment.Rule;

/** A stored segment; {@code version} counts its changes (optimistic lock). */
public record Segment(long id, String name, String description, Rule rule, long ownerId, long ownerDeptId,
                      Instant createdAt, Instant updatedAt, int version) {
}
