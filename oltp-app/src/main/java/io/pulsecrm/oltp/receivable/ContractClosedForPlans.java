package io.pulsecrm.oltp.receivable;

import io.pulsecrm.oltp.shared.RuleViolation;

/** A cancelled contract gets no payment plans. */
public final class ContractClosedForPlans extends RuleViolation {

    ContractClosedForPlans(long contractId) {
        super("contract %d is cancelled: its payment plans cannot change".formatted(contractId));
    }

    @Override
    public String code() {
        return "contract-cancelled";
    }
}
