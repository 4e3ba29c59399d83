package io.pulsecrm.oltp.contract;

import io.pulsecrm.oltp.shared.NotFound;

/** The addressed approval flow does not exist. */
public final class ApprovalFlowNotFound extends NotFound {

    ApprovalFlowNotFound(long id) {
        super("approval flow %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "approval-flow-not-found";
    }
}
