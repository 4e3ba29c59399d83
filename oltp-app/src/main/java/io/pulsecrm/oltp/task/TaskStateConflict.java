package io.pulsecrm.oltp.task;

import io.pulsecrm.oltp.shared.RuleViolation;

/** Marking a done task done, or an open task undone. */
public final class TaskStateConflict extends RuleViolation {

    private final String code;

    private TaskStateConflict(String code, String message) {
        super(message);
        this.code = code;
    }

    static TaskStateConflict alreadyDone(long id) {
        return new TaskStateConflict("task-done", "task %d is already done".formatted(id));
    }

    static TaskStateConflict notDone(long id) {
        return new TaskStateConflict("task-not-done", "task %d is not done".formatted(id));
    }

    @Override
    public String code() {
        return code;
    }
}
