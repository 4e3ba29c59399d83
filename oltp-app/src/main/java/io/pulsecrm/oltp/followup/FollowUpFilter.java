package io.pulsecrm.oltp.followup;

import java.time.Instant;

import io.pulsecrm.oltp.shared.FieldChecks;

/**
 * What a list of follow-ups is narrowed to; a null criterion does not narrow.
 *
 * @param subjectType with subjectId: the follow-ups written on one record
 * @param customerId  the follow-ups of everything under one customer (the customer page)
 * @param mine        only the caller's own
 * @param from        occurred at or after
 * @param to          occurred before
 */
public record FollowUpFilter(SubjectType subjectType, Long subjectId, Long customerId, FollowUpKind kind,
                             boolean mine, Instant from, Instant to) {

    /** A subject is named by type and id together; a time range runs forwards. */
    public FollowUpFilter {
        new FieldChecks()
                .require(subjectId != null || subjectType == null, "subjectId", "is required with subjectType")
                .require(subjectType != null || subjectId == null, "subjectType", "is required with subjectId")
                .require(from == null || to == null || to.isAfter(from), "to", "must be after from")
                .orThrow(InvalidFollowUp::new);
    }
}
