package io.pulsecrm.oltp.customer;

import io.pulsecrm.oltp.shared.RuleViolation;

/** The customer's state forbids the change: pooled, still has contracts, already in a team… */
public final class CustomerConflict extends RuleViolation {

    private final String code;

    CustomerConflict(String code, String message) {
        super(message);
        this.code = code;
    }

    static CustomerConflict inPool(long id) {
        return new CustomerConflict("customer-in-pool",
                "customer %d is in the public pool: claim or assign it first".formatted(id));
    }

    @Override
    public String code() {
        return code;
    }
}
