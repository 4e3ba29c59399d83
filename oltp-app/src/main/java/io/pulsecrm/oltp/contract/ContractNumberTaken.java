package io.pulsecrm.oltp.contract;

import io.pulsecrm.oltp.shared.RuleViolation;

/** Contract numbers are unique, whatever their case. */
public final class ContractNumberTaken extends RuleViolation {

    ContractNumberTaken(String number) {
        super("number", "a contract numbered '%s' already exists".formatted(number));
    }

    @Override
    public String code() {
        return "contract-number-taken";
    }
}
