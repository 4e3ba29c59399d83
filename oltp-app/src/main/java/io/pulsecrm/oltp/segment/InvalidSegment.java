package io.pulsecrm.oltp.segment;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** A segment's name, description or rule breaks a rule; each problem names its field or rule path. */
public final class InvalidSegment extends InvalidInput {

    InvalidSegment(List<FieldProblem> problems) {
        super(problems);
    }

    InvalidSegment(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
