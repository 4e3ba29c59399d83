package io.pulsecrm.oltp.contract;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** The contract's (or its flow's, or its decision's) own fields break a rule. */
public final class InvalidContract extends InvalidInput {

    InvalidContract(List<FieldProblem> problems) {
        super(problems);
    }

    InvalidContract(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
