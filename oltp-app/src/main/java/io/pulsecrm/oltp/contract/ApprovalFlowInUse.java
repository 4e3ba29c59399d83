package io.pulsecrm.oltp.contract;

import io.pulsecrm.oltp.shared.RuleViolation;

/** A flow contracts went through is kept; one contracts wait in keeps its steps. */
public final class ApprovalFlowInUse extends RuleViolation {

    ApprovalFlowInUse(long id, String why) {
        super("approval flow %d %s".formatted(id, why));
    }

    @Override
    public String code() {
        return "approval-flow-in-use";
    }
}
