package io.pulsecrm.oltp.contract;

import java.math.BigDecimal;

import io.pulsecrm.oltp.shared.RuleViolation;

/** More money than is still due: the contract (or the plan) would be over-received. */
public final class OverReceipt extends RuleViolation {

    public OverReceipt(String what, BigDecimal amount, BigDecimal remaining) {
        super("amount", "%s exceeds what is still due on the %s (%s)".formatted(amount.toPlainString(), what,
                remaining.toPlainString()));
    }

    @Override
    public String code() {
        return "over-receipt";
    }
}
