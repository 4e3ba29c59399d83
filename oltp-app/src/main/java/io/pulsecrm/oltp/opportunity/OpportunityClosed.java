package io.pulsecrm.oltp.opportunity;

import io.pulsecrm.oltp.shared.RuleViolation;

/** A won or lost deal is final until reopened: it cannot be moved, revised or closed again. */
public final class OpportunityClosed extends RuleViolation {

    OpportunityClosed(Long id, OpportunityStatus status, String change) {
        super("opportunity %d is %s and cannot be %s; reopen it first".formatted(id, status, change));
    }

    @Override
    public String code() {
        return "opportunity-closed";
    }
}
