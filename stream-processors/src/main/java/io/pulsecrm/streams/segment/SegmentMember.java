package io.pulsecrm.streams.segment;

import io.pulsecrm.streams.change.JsonSerde;
import io.pulsecrm.streams.change.OutputVersioner;
import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.change.Versioned;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;

/**
 * The value of {@code analytics.segment_member} (key {@code <segment>:<customer>}, docs/architecture.md): whether the
 * customer is in the segment, since when ({@code sinceMs}: the time of the last entry, or of the exit), and the
 * customer's owner and department when this was written (null for a pooled customer).
 */
public record SegmentMember(long segmentId, long customerId, boolean member, Long ownerId, Long ownerDeptId,
        long sinceMs, long version, long sourceTsMs) implements Versioned<SegmentMember> {

    static final String EMITTED_STORE = "segment-member-emitted";

    private static final Serde<SegmentMember> SERDE = JsonSerde.of(SegmentMember.class);

    public static Serde<SegmentMember> serde() {
        return SERDE;
    }

    static String key(long segmentId, long customerId) {
        return segmentId + ":" + customerId;
    }

    /** An entry or exit happened with this value: its time is the time of the change that made it. */
    boolean isTransition() {
        return sinceMs == sourceTsMs;
    }

    SegmentMemberEvent event() {
        return new SegmentMemberEvent(segmentId, customerId, member ? "ENTER" : "EXIT", sinceMs, ownerId, ownerDeptId,
                version);
    }

    static FixedKeyProcessorSupplier<String, SegmentMember, SegmentMember> versioner() {
        return OutputVersioner.supplier(EMITTED_STORE, RecordSerde.of(SegmentMember.class),
                new OutputVersioner.Shape<>() {
            @Override
            public long lsn(SegmentMember value) {
                return 0;
            }

            @Override
            public SegmentMember of(String key, SegmentMember value, long version, long sourceTsMs) {
                return new SegmentMember(value.segmentId, value.customerId, value.member, value.ownerId,
                        value.ownerDeptId, value.sinceMs, version, sourceTsMs);
            }
        });
    }

    @Override
    public boolean sameFigures(SegmentMember o) {
        return member == o.member && sinceMs == o.sinceMs && Objects.equals(ownerId, o.ownerId)
                && Objects.equals(ownerDeptId, o.ownerDeptId);
    }
}
