package io.pulsecrm.oltp.customer;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** A customer's, contact's or team member's fields break a rule, or refer to nothing. */
public final class InvalidCustomer extends InvalidInput {

    public InvalidCustomer(List<FieldProblem> problems) {
        super(problems);
    }

    InvalidCustomer(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
