package io.pulsecrm.streams.segment;

import io.pulsecrm.streams.rows.CustomerRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

/**
 * Everything a customer's features are computed from, whatever the evaluation date: the customer's own columns and
 * what its contracts, receipts, follow-ups, opportunities and leads add up to. The join of the customer with those
 * aggregates; kept per customer by {@link SegmentEvaluator} so that a new day or a new segment can be evaluated
 * without another input.
 */
record FeatureInputs(long customerId, Long ownerId, Long ownerDeptId, String industry, String region, String level,
        String source, boolean deal, long approvedContracts, BigDecimal receivedTotal, Long lastReceiptDay,
        FollowUps followUps, int openDeals, int wonDeals, List<Long> campaigns) {

    static FeatureInputs of(CustomerRow customer) {
        List<Long> campaigns = customer.campaignId() == null ? List.of() : List.of(customer.campaignId());
        return new FeatureInputs(customer.id(), customer.ownerId(), customer.ownerDeptId(), customer.industry(),
                customer.region(), customer.level(), customer.source(), "DEAL".equals(customer.dealStatus()), 0,
                BigDecimal.ZERO, null, FollowUps.none(), 0, 0, campaigns);
    }

    FeatureInputs withApprovedContracts(Long count) {
        return count == null ? this : new FeatureInputs(customerId, ownerId, ownerDeptId, industry, region, level,
                source, deal, count, receivedTotal, lastReceiptDay, followUps, openDeals, wonDeals, campaigns);
    }

    FeatureInputs withReceipts(Receipts receipts) {
        return receipts == null ? this : new FeatureInputs(customerId, ownerId, ownerDeptId, industry, region, level,
                source, deal, approvedContracts, receipts.total(), receipts.days().max(), followUps, openDeals,
                wonDeals, campaigns);
    }

    FeatureInputs withFollowUps(FollowUps times) {
        return times == null ? this : new FeatureInputs(customerId, ownerId, ownerDeptId, industry, region, level,
                source, deal, approvedContracts, receivedTotal, lastReceiptDay, times, openDeals, wonDeals, campaigns);
    }

    FeatureInputs withDeals(Deals deals) {
        return deals == null ? this : new FeatureInputs(customerId, ownerId, ownerDeptId, industry, region, level,
                source, deal, approvedContracts, receivedTotal, lastReceiptDay, followUps, deals.open(), deals.won(),
                union(campaigns, deals.campaigns()));
    }

    /** The campaigns of the leads converted into this customer. */
    FeatureInputs withLeadCampaigns(Tally leadCampaigns) {
        return leadCampaigns == null ? this : new FeatureInputs(customerId, ownerId, ownerDeptId, industry, region,
                level, source, deal, approvedContracts, receivedTotal, lastReceiptDay, followUps, openDeals, wonDeals,
                union(campaigns, leadCampaigns));
    }

    /** The contract's order, from the right: CUSTOMER, IN_PIPELINE, then PROSPECT if owned, else POOLED. */
    String lifecycleStage() {
        if (deal || wonDeals > 0) {
            return "CUSTOMER";
        }
        if (openDeals > 0) {
            return "IN_PIPELINE";
        }
        return ownerId == null ? "POOLED" : "PROSPECT";
    }

    /** The campaign ids of both, sorted, each once. */
    private static List<Long> union(List<Long> campaigns, Tally more) {
        TreeSet<Long> all = new TreeSet<>(campaigns);
        all.addAll(more.values());
        return List.copyOf(all);
    }
}
