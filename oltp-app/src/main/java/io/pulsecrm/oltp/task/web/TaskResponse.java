package io.pulsecrm.oltp.task.web;

import java.time.Instant;

import io.pulsecrm.oltp.followup.SubjectType;
import io.pulsecrm.oltp.task.TaskPriority;
import io.pulsecrm.oltp.task.TaskRow;
import io.pulsecrm.oltp.task.TaskView;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Task")
record TaskResponse(long id, String title, String description, TaskPriority priority, Instant dueAt, Instant remindAt,
        @Schema(description = "when the reminder was sent; null while it is pending") Instant remindedAt,
        boolean done, Instant doneAt, SubjectType subjectType, Long subjectId,
        @Schema(description = "the follow-up whose next contact planned it") Long followUpId,
        long ownerId, String ownerName, long createdBy, Instant createdAt, Instant updatedAt, int version,
        @Schema(description = "the view it is in now (in the requested or the default time zone)") TaskView view) {

    static TaskResponse of(TaskRow row) {
        return new TaskResponse(row.id(), row.title(), row.description(), row.priority(), row.dueAt(), row.remindAt(),
                row.remindedAt(), row.done(), row.doneAt(), row.subjectType(), row.subjectId(), row.followUpId(),
                row.ownerId(), row.ownerName(), row.createdBy(), row.createdAt(), row.updatedAt(), row.version(),
                row.view());
    }
}
