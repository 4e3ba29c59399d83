package io.pulsecrm.oltp.org;

/** How many records of each kind a handover moved to the successor. */
public record HandoverCounts(int leads, int customers, int contacts, int opportunities, int contracts,
                             int paymentPlans, int receipts, int openTasks, int campaigns) {

    public int total() {
        return leads + customers + contacts + opportunities + contracts + paymentPlans + receipts + openTasks + campaigns;
    }

    String summary() {
        return ("%d leads, %d customers, %d contacts, %d opportunities, %d contracts, %d payment plans, "
                + "%d receipts, %d open tasks, %d campaigns").formatted(leads, customers, contacts, opportunities,
                contracts, paymentPlans, receipts, openTasks, campaigns);
    }
}
