package io.pulsecrm.oltp.customer;

import java.time.Instant;

/**
 * A follow-up record (跟进记录) shown on a customer: written on the customer itself or on anything
 * under it (contact, opportunity, contract, the lead it came from). The follow-up feature writes
 * them; the customer page only reads.
 */
public record FollowUpRow(long id, String subjectType, long subjectId, String kind, String method, String content,
                          Instant occurredAt, Instant nextContactAt, long ownerId, String ownerName) {
}
