package io.pulsecrm.oltp.task;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** A task's fields, or the references of a task request, break a rule. */
public final class InvalidTask extends InvalidInput {

    InvalidTask(List<FieldProblem> problems) {
        super(problems);
    }

    InvalidTask(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
