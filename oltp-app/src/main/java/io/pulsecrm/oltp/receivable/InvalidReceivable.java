package io.pulsecrm.oltp.receivable;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** A plan's or receipt's own fields break a rule, or refer to nothing. */
public final class InvalidReceivable extends InvalidInput {

    InvalidReceivable(List<FieldProblem> problems) {
        super(problems);
    }

    InvalidReceivable(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
