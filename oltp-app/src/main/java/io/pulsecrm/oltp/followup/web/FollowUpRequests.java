package io.pulsecrm.oltp.followup.web;

import java.time.Instant;

import io.pulsecrm.oltp.followup.ContactMethod;
import io.pulsecrm.oltp.followup.FollowUpEntry;
import io.pulsecrm.oltp.followup.FollowUpKind;
import io.pulsecrm.oltp.followup.SubjectType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the follow-up endpoints. Limits mirror {@link FollowUpEntry} and the table. */
final class FollowUpRequests {

    private static final String CONTENT = "must be 1 to 4000 characters";

    private FollowUpRequests() {
    }

    @Schema(name = "NewFollowUp")
    record NewFollowUp(
            @NotNull(message = "is required") SubjectType subjectType,
            @NotNull(message = "is required") @Positive(message = "must be a record id") Long subjectId,
            @NotNull(message = "is required") FollowUpKind kind,
            @Schema(description = "required for a COMMUNICATION, empty otherwise") ContactMethod method,
            @NotBlank(message = CONTENT) @Size(max = FollowUpEntry.CONTENT_MAX, message = CONTENT) String content,
            @Schema(description = "when it happened (ISO-8601); omitted: now; at most a minute in the future")
            Instant occurredAt,
            @Schema(description = "optional, after occurredAt: lands in the author's schedule as a task")
            Instant nextContactAt) {

        FollowUpEntry entry() {
            return new FollowUpEntry(kind, method, content, occurredAt, nextContactAt);
        }
    }

    @Schema(name = "FollowUpUpdate", description = "Replaces what was written; the record it is on stays")
    record FollowUpUpdate(
            @NotNull(message = "is required") FollowUpKind kind,
            ContactMethod method,
            @NotBlank(message = CONTENT) @Size(max = FollowUpEntry.CONTENT_MAX, message = CONTENT) String content,
            @NotNull(message = "is required") Instant occurredAt,
            @Schema(description = "null clears it and removes its open schedule entry") Instant nextContactAt,
            @Schema(description = "the version the client read; a stale one is refused with 409")
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {

        FollowUpEntry entry() {
            return new FollowUpEntry(kind, method, content, occurredAt, nextContactAt);
        }
    }
}
