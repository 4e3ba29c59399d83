package io.pulsecrm.oltp.product;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** Lines that cannot be priced: bad numbers, unknown or inactive products, amounts too large. */
public final class InvalidLines extends InvalidInput {

    InvalidLines(List<FieldProblem> problems) {
        super(problems);
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
