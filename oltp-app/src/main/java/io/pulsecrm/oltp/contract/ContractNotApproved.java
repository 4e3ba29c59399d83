package io.pulsecrm.oltp.contract;

import io.pulsecrm.oltp.shared.RuleViolation;

/** Money is received on approved contracts only. */
public final class ContractNotApproved extends RuleViolation {

    ContractNotApproved(long id, ContractStatus status) {
        super("contractId", "contract %d is %s: receipts are recorded on approved contracts only".formatted(id, status));
    }

    @Override
    public String code() {
        return "contract-not-approved";
    }
}
