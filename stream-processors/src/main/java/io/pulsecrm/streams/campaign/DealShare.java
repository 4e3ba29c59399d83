package io.pulsecrm.streams.campaign;

/** What one contract (with the receipts on it) adds to its deal: the value of the contract-by-deal repartition. */
record DealShare(long opportunityId, RoiTotals totals) {

    String dealKey() {
        return Long.toString(opportunityId);
    }
}
