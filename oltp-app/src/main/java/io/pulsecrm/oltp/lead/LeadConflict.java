package io.pulsecrm.oltp.lead;

import io.pulsecrm.oltp.shared.RuleViolation;

/** The lead's status forbids the change (a converted lead is final, an invalid one cannot be converted…). */
public final class LeadConflict extends RuleViolation {

    LeadConflict(Long id, LeadStatus status, String change) {
        super("status", "lead %d is %s and cannot be %s".formatted(id, status, change));
    }

    @Override
    public String code() {
        return "lead-status-conflict";
    }
}
