package io.pulsecrm.oltp.lead;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** A lead's fields, an imported file or a conversion request break a rule; names every bad field. */
public final class InvalidLead extends InvalidInput {

    InvalidLead(List<FieldProblem> problems) {
        super(problems);
    }

    InvalidLead(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
