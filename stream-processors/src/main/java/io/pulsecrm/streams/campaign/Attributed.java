package io.pulsecrm.streams.campaign;

/**
 * Figures on their way to a campaign: a deal's (with its contracts and receipts), or a customer's (all its deals),
 * with the campaign each model credits them to. {@code customerId} is the deal's customer, the way to its first touch.
 */
record Attributed(Long customerId, Long campaignId, RoiTotals totals) {

    boolean hasCampaign() {
        return campaignId != null;
    }

    boolean hasCustomer() {
        return customerId != null;
    }

    String campaignKey() {
        return Long.toString(campaignId);
    }

    String customerKey() {
        return Long.toString(customerId);
    }
}
