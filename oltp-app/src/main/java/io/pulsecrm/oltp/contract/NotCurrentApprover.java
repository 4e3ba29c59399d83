package io.pulsecrm.oltp.contract;

import io.pulsecrm.oltp.shared.Forbidden;

/** The caller is not who the contract's current approval step waits for. */
public final class NotCurrentApprover extends Forbidden {

    NotCurrentApprover(long id, int step) {
        super("contract %d waits for the approver of step %d, and that is not you".formatted(id, step));
    }

    @Override
    public String code() {
        return "not-current-approver";
    }
}
