package io.pulsecrm.oltp.contract;

import io.pulsecrm.oltp.shared.RuleViolation;

/** Only an approved contract without receipts can be cancelled. */
public final class ContractNotCancellable extends RuleViolation {

    ContractNotCancellable(long id, String why) {
        super("contract %d cannot be cancelled: %s".formatted(id, why));
    }

    @Override
    public String code() {
        return "contract-not-cancellable";
    }
}
