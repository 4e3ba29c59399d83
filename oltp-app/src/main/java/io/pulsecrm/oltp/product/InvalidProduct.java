package io.pulsecrm.oltp.product;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** The product's own fields break a rule. */
public final class InvalidProduct extends InvalidInput {

    InvalidProduct(List<FieldProblem> problems) {
        super(problems);
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
