package io.pulsecrm.oltp.opportunity;

import java.math.BigDecimal;

import io.pulsecrm.oltp.shared.RuleViolation;

/** While a deal has product lines its amount is their sum: change the lines, not the amount. */
public final class AmountFromProducts extends RuleViolation {

    AmountFromProducts(long id, BigDecimal sum) {
        super("amount", "opportunity %d has product lines adding up to %s: its amount follows them; change the products"
                .formatted(id, sum.toPlainString()));
    }

    @Override
    public String code() {
        return "amount-from-products";
    }
}
