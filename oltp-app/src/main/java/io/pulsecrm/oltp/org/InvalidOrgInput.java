package io.pulsecrm.oltp.org;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** Fields of an organization change that break a rule, or name a department, user or role that is not there. */
public final class InvalidOrgInput extends InvalidInput {

    InvalidOrgInput(List<FieldProblem> problems) {
        super(problems);
    }

    static InvalidOrgInput of(String field, String message) {
        return new InvalidOrgInput(List.of(new FieldProblem(field, message)));
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
