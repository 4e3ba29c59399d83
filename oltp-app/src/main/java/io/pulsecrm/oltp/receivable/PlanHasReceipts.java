package io.pulsecrm.oltp.receivable;

import java.math.BigDecimal;

import io.pulsecrm.oltp.shared.RuleViolation;

/** A plan money was received against stays until those receipts are deleted. */
public final class PlanHasReceipts extends RuleViolation {

    PlanHasReceipts(long planId, BigDecimal received) {
        super("payment plan %d has %s received against it: delete those receipts first"
                .formatted(planId, received.toPlainString()));
    }

    @Override
    public String code() {
        return "payment-plan-has-receipts";
    }
}
