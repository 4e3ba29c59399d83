package io.pulsecrm.oltp.contract;

import io.pulsecrm.oltp.shared.RuleViolation;

/** Only a draft or a rejected contract can be edited, submitted or deleted. */
public final class ContractNotEditable extends RuleViolation {

    ContractNotEditable(long id, ContractStatus status, String change) {
        super("contract %d is %s and cannot be %s".formatted(id, status, change));
    }

    @Override
    public String code() {
        return "contract-not-editable";
    }
}
