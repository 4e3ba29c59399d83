package io.pulsecrm.oltp.task.web;

import java.time.Instant;

import io.pulsecrm.oltp.followup.SubjectType;
import io.pulsecrm.oltp.task.TaskDetails;
import io.pulsecrm.oltp.task.TaskPriority;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the task endpoints. Limits mirror {@link TaskDetails} and the table. */
final class TaskRequests {

    private static final String TITLE = "must be 1 to 200 characters";
    private static final String DESCRIPTION = "must be at most 2000 characters";

    private TaskRequests() {
    }

    @Schema(name = "NewTask")
    record NewTask(
            @NotBlank(message = TITLE) @Size(max = TaskDetails.TITLE_MAX, message = TITLE) String title,
            @Size(max = TaskDetails.DESCRIPTION_MAX, message = DESCRIPTION) String description,
            @Schema(description = "default NORMAL") TaskPriority priority,
            @Schema(description = "optional (ISO-8601); without it the task waits in the inbox") Instant dueAt,
            @Schema(description = "optional, needs dueAt, not after it") Instant remindAt,
            @Schema(description = "optional, with subjectId: the record the task is about") SubjectType subjectType,
            @Positive(message = "must be a record id") Long subjectId,
            @Schema(description = "optional: a user in the caller's data scope; default the caller")
            @Positive(message = "must be a user id") Long assigneeId) {

        TaskDetails details() {
            return new TaskDetails(title, description, priority, dueAt, remindAt);
        }
    }

    @Schema(name = "TaskUpdate", description = "Replaces the editable fields; a moved remindAt reminds again")
    record TaskUpdate(
            @NotBlank(message = TITLE) @Size(max = TaskDetails.TITLE_MAX, message = TITLE) String title,
            @Size(max = TaskDetails.DESCRIPTION_MAX, message = DESCRIPTION) String description,
            @NotNull(message = "is required") TaskPriority priority,
            Instant dueAt,
            Instant remindAt,
            @Schema(description = "the version the client read; a stale one is refused with 409")
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {

        TaskDetails details() {
            return new TaskDetails(title, description, priority, dueAt, remindAt);
        }
    }

    @Schema(name = "TaskVersion")
    record VersionOnly(
            @Schema(description = "the version the client read; a stale one is refused with 409")
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative") Integer version) {
    }
}
