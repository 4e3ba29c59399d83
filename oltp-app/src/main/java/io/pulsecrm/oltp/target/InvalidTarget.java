package io.pulsecrm.oltp.target;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** A year of targets breaks a rule (not the 12 months once each, an amount out of range). */
public final class InvalidTarget extends InvalidInput {

    InvalidTarget(List<FieldProblem> problems) {
        super(problems);
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
