package io.pulsecrm.oltp.opportunity;

import io.pulsecrm.oltp.shared.RuleViolation;

/** Only a won or lost deal can be reopened. */
public final class OpportunityNotClosed extends RuleViolation {

    OpportunityNotClosed(Long id) {
        super("opportunity %d is open; only a won or lost opportunity can be reopened".formatted(id));
    }

    @Override
    public String code() {
        return "opportunity-not-closed";
    }
}
