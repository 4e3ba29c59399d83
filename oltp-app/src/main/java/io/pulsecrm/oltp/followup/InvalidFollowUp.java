package io.pulsecrm.oltp.followup;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** A follow-up's fields break a rule (content length, a time in the future, a missing method…). */
public final class InvalidFollowUp extends InvalidInput {

    InvalidFollowUp(List<FieldProblem> problems) {
        super(problems);
    }

    InvalidFollowUp(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
