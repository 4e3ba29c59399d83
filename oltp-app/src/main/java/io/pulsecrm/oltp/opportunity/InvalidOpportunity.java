package io.pulsecrm.oltp.opportunity;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** The deal's own fields break a rule (name length, amount range or scale, lost reason). */
public final class InvalidOpportunity extends InvalidInput {

    InvalidOpportunity(List<FieldProblem> problems) {
        super(problems);
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
