package io.pulsecrm.oltp.contract;

import io.pulsecrm.oltp.shared.RuleViolation;

/** Only a contract waiting for approval can be approved or rejected. */
public final class ContractNotPending extends RuleViolation {

    ContractNotPending(long id, ContractStatus status) {
        super("contract %d is %s, not waiting for approval".formatted(id, status));
    }

    @Override
    public String code() {
        return "contract-not-pending";
    }
}
