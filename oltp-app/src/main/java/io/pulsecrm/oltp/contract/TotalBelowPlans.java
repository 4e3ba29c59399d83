package io.pulsecrm.oltp.contract;

import java.math.BigDecimal;

import io.pulsecrm.oltp.shared.RuleViolation;

/** A contract's total may not drop below what its payment plans already plan to collect. */
public final class TotalBelowPlans extends RuleViolation {

    TotalBelowPlans(long id, BigDecimal total, BigDecimal planned) {
        super("lines", "the lines of contract %d would total %s, below the %s its payment plans already plan"
                .formatted(id, total.toPlainString(), planned.toPlainString()));
    }

    @Override
    public String code() {
        return "total-below-plans";
    }
}
