package io.pulsecrm.oltp.followup.web;

import java.time.Instant;

import io.pulsecrm.oltp.followup.ContactMethod;
import io.pulsecrm.oltp.followup.FollowUpKind;
import io.pulsecrm.oltp.followup.FollowUpRow;
import io.pulsecrm.oltp.followup.SubjectType;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "FollowUp")
record FollowUpResponse(long id, SubjectType subjectType, long subjectId,
        @Schema(description = "the customer it belongs under; null for a lead not yet converted") Long customerId,
        FollowUpKind kind, ContactMethod method, String content, Instant occurredAt, Instant nextContactAt,
        @Schema(description = "the author") long ownerId, String ownerName, Instant createdAt, Instant updatedAt,
        int version) {

    static FollowUpResponse of(FollowUpRow row) {
        return new FollowUpResponse(row.id(), row.subjectType(), row.subjectId(), row.customerId(), row.kind(),
                row.method(), row.content(), row.occurredAt(), row.nextContactAt(), row.ownerId(), row.ownerName(),
                row.createdAt(), row.updatedAt(), row.version());
    }
}
