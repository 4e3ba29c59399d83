package io.pulsecrm.oltp.pool;

import io.pulsecrm.oltp.shared.RuleViolation;

/** A pool move the customers' current state forbids: not in the pool, locked, changed meanwhile. */
final class PoolConflict extends RuleViolation {

    private final String code;

    private PoolConflict(String code, String field, String message) {
        super(field, message);
        this.code = code;
    }

    static PoolConflict notInPool(java.util.Collection<Long> ids) {
        return new PoolConflict("not-in-pool", "ids",
                "customer(s) %s are not in the public pool (any more): nothing was taken".formatted(ids));
    }

    static PoolConflict locked(long id) {
        return new PoolConflict("customer-locked", "id",
                "customer %d is locked: unlock it before releasing it to the pool".formatted(id));
    }

    @Override
    public String code() {
        return code;
    }
}
