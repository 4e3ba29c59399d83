package io.pulsecrm.warehouse.query;

import java.time.Instant;

/**
 * A customer as the segment builder lists and exports it: the customer's record fields from the {@code customer}
 * mirror (none of its personal columns are captured), its owner's name, its lifecycle stage from
 * {@code customer_features}, and since when it is a member (null in a preview, which has no membership yet).
 */
public record SegmentCustomer(long customerId, String name, Long ownerId, String ownerName, String level,
        String industry, String region, String source, String dealStatus, String lifecycleStage, Instant since) {
}
