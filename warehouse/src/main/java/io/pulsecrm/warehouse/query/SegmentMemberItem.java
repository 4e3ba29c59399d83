package io.pulsecrm.warehouse.query;

import java.time.Instant;

/** A current member of a segment: the customer, its name, its owner and department, and since when it is a member. */
public record SegmentMemberItem(long customerId, String customerName, Long ownerId, Long ownerDeptId, Instant since) {
}
