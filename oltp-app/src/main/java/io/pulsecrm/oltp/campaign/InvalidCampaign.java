package io.pulsecrm.oltp.campaign;

import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.InvalidInput;

/** A campaign's or a cost's fields break a rule (name, budget, period, amount, date). */
public final class InvalidCampaign extends InvalidInput {

    InvalidCampaign(List<FieldProblem> problems) {
        super(problems);
    }

    InvalidCampaign(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
