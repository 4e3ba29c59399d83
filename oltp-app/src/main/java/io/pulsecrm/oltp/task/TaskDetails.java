package io.pulsecrm.oltp.task;

import java.time.Instant;

import io.pulsecrm.oltp.shared.FieldChecks;

/** What a user writes about a task; {@link #checked} applies the rules a create and an edit share. */
public record TaskDetails(String title, String description, TaskPriority priority, Instant dueAt, Instant remindAt) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    /** Trimmed, NORMAL priority by default; every broken rule at once as a 400. */
    TaskDetails checked() {
        String text = description == null || description.isBlank() ? null : description.strip();
        new FieldChecks()
                .text(title, "title", TITLE_MAX)
                .require(text == null || text.codePointCount(0, text.length()) <= DESCRIPTION_MAX, "description",
                        "must be at most %d characters".formatted(DESCRIPTION_MAX))
                .require(remindAt == null || dueAt != null, "remindAt", "needs a dueAt")
                .require(remindAt == null || dueAt == null || !remindAt.isAfter(dueAt), "remindAt",
                        "must not be after dueAt")
                .orThrow(InvalidTask::new);
        return new TaskDetails(title.strip(), text, priority == null ? TaskPriority.NORMAL : priority, dueAt, remindAt);
    }
}
