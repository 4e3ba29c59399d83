package io.pulsecrm.oltp.campaign;

import io.pulsecrm.oltp.shared.RuleViolation;

/** The campaign's state refuses the change: a transition it cannot make, an edit once closed, a delete while in use. */
public final class CampaignConflict extends RuleViolation {

    private final String code;

    private CampaignConflict(String code, String field, String message) {
        super(field, message);
        this.code = code;
    }

    static CampaignConflict transition(long id, CampaignStatus from, CampaignStatus to) {
        return new CampaignConflict("campaign-status-not-allowed", "status",
                "campaign %d is %s and cannot become %s; it can become %s".formatted(id, from, to, from.next()));
    }

    static CampaignConflict closed(long id, CampaignStatus status) {
        return new CampaignConflict("campaign-closed", "status",
                "campaign %d is %s and can no longer be edited".formatted(id, status));
    }

    static CampaignConflict inUse(long id) {
        return new CampaignConflict("campaign-in-use", "id",
                "campaign %d sourced leads, customers or opportunities; cancel it instead of deleting it".formatted(id));
    }

    @Override
    public String code() {
        return code;
    }
}
