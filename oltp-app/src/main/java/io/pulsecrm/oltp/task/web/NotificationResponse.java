package io.pulsecrm.oltp.task.web;

import java.time.Instant;

import io.pulsecrm.oltp.task.NotificationRow;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Notification")
record NotificationResponse(long id,
        @Schema(description = "TASK_REMINDER, TASK_ASSIGNED") String kind,
        @Schema(description = "what it is about, e.g. TASK") String subjectType, Long subjectId,
        String message, Instant createdAt, @Schema(description = "null while unread") Instant readAt) {

    static NotificationResponse of(NotificationRow row) {
        return new NotificationResponse(row.id(), row.kind(), row.subjectType(), row.subjectId(), row.message(),
                row.createdAt(), row.readAt());
    }
}
