package io.pulsecrm.oltp.task;

import java.time.Instant;

/** One notification of the caller: what it is about ({@code TASK} + id for reminders) and whether it was read. */
public record NotificationRow(long id, String kind, String subjectType, Long subjectId, String message,
                              Instant createdAt, Instant readAt) {
}
