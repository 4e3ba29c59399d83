package io.pulsecrm.oltp.stage;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** The stage's own fields break a rule. */
public final class InvalidStage extends InvalidInput {

    InvalidStage(List<FieldProblem> problems) {
        super(problems);
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
