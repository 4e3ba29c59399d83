package io.pulsecrm.oltp.pool;

import java.time.Instant;

/** What the recycling rules look at in one owned customer. */
record RecycleFacts(Instant ownedSince, Instant lastFollowUpAt, boolean dealt, boolean locked) {
}
