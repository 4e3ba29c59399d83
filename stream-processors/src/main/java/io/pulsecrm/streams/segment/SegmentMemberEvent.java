package io.pulsecrm.streams.segment;

import io.pulsecrm.streams.change.JsonSerde;
import org.apache.kafka.common.serialization.Serde;

/**
 * The value of {@code analytics.segment_member_event}: a customer entered ({@code ENTER}) or left ({@code EXIT}) a
 * segment at {@code atMs}. Its key ({@link #key}) is what happened, so a replay of the same history writes the same
 * keys and values again, and a compacted topic or ClickHouse keeps one of each.
 */
public record SegmentMemberEvent(long segmentId, long customerId, String kind, long atMs, Long ownerId,
        Long ownerDeptId, long version) {

    private static final Serde<SegmentMemberEvent> SERDE = JsonSerde.of(SegmentMemberEvent.class);

    public static Serde<SegmentMemberEvent> serde() {
        return SERDE;
    }

    /** {@code <segment>:<customer>:<atMs>:<kind>}. */
    String key() {
        return segmentId + ":" + customerId + ":" + atMs + ":" + kind;
    }
}
