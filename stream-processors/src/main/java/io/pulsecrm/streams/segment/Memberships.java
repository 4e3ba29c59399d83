package io.pulsecrm.streams.segment;

import java.util.Objects;
import java.util.function.Consumer;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Who is in which segment now, in this task: one entry per current member ({@code <segment>:<customer>}), none for
 * the others. Answers each evaluation with the membership change to publish, if any: an entry, an exit, or a member's
 * new owner. So a duplicate or stale input, which evaluates to the same answer, publishes nothing.
 */
final class Memberships {

    /** A current membership: since when, and the owner it was last published with. */
    record Member(long sinceMs, Long ownerId, Long ownerDeptId) {}

    static final String STORE = "segment-members";

    private final KeyValueStore<String, Member> members;

    Memberships(KeyValueStore<String, Member> members) {
        this.members = members;
    }

    /**
     * Records that the customer of {@code features} does or does not match segment {@code segmentId} at {@code atMs},
     * handing a change to {@code publish}. An exit carries the customer's owner at the exit.
     */
    void evaluated(long segmentId, CustomerFeaturesValue features, boolean matches, long atMs,
            Consumer<SegmentMember> publish) {
        long customerId = features.customerId();
        String key = SegmentMember.key(segmentId, customerId);
        Member current = members.get(key);
        if (matches && current == null) {
            members.put(key, new Member(atMs, features.ownerId(), features.ownerDeptId()));
            publish.accept(change(segmentId, customerId, true, features.ownerId(), features.ownerDeptId(), atMs));
        } else if (matches && !(Objects.equals(current.ownerId(), features.ownerId())
                && Objects.equals(current.ownerDeptId(), features.ownerDeptId()))) {
            members.put(key, new Member(current.sinceMs(), features.ownerId(), features.ownerDeptId()));
            publish.accept(change(segmentId, customerId, true, features.ownerId(), features.ownerDeptId(),
                    current.sinceMs()));
        } else if (!matches && current != null) {
            members.delete(key);
            publish.accept(change(segmentId, customerId, false, features.ownerId(), features.ownerDeptId(), atMs));
        }
    }

    private static SegmentMember change(long segmentId, long customerId, boolean member, Long ownerId, Long deptId,
            long sinceMs) {
        return new SegmentMember(segmentId, customerId, member, ownerId, deptId, sinceMs, 0, 0);
    }
}
