package io.pulsecrm.streams.campaign;

import io.pulsecrm.streams.rows.CustomerRow;
import io.pulsecrm.streams.rows.LeadRow;

/**
 * The campaign that first brought a customer: its originating lead's campaign ({@code customer.lead_id →
 * lead.campaign_id}), else the customer's own {@code campaign_id}; null when neither has one. {@code lsn} is the
 * higher of the two rows', so a re-attribution is versioned after the change that caused it.
 */
record FirstTouch(Long campaignId, long lsn) {

    /** @param lead the live lead the customer names, or null (none named, not known yet, or deleted) */
    static FirstTouch of(CustomerRow customer, LeadRow lead) {
        if (lead == null) {
            return new FirstTouch(customer.campaignId(), customer.lsn());
        }
        Long campaign = lead.campaignId() != null ? lead.campaignId() : customer.campaignId();
        return new FirstTouch(campaign, Math.max(customer.lsn(), lead.lsn()));
    }
}
