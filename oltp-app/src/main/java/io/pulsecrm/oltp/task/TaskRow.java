package io.pulsecrm.oltp.task;

import java.time.Instant;

import io.pulsecrm.oltp.followup.SubjectType;

/** A task as lists and details show it, with its owner's name and the view it sits in. */
public record TaskRow(long id, String title, String description, TaskPriority priority, Instant dueAt,
                      Instant remindAt, Instant remindedAt, boolean done, Instant doneAt, SubjectType subjectType,
                      Long subjectId, Long followUpId, long ownerId, String ownerName, long createdBy,
                      Instant createdAt, Instant updatedAt, int version, TaskView view) {
}
