package io.pulsecrm.oltp.receivable;

import io.pulsecrm.oltp.shared.NotFound;

public final class PlanNotFound extends NotFound {

    PlanNotFound(long contractId, long planId) {
        super("contract %d has no payment plan %d".formatted(contractId, planId));
    }

    @Override
    public String code() {
        return "payment-plan-not-found";
    }
}
