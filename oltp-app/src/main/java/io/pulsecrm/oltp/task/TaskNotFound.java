package io.pulsecrm.oltp.task;

import io.pulsecrm.oltp.shared.NotFound;

public final class TaskNotFound extends NotFound {

    TaskNotFound(long id) {
        super("task %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "task-not-found";
    }
}
