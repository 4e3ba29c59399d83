package io.pulsecrm.streams.segment;

import io.pulsecrm.streams.rows.OpportunityRow;

/** The opportunities of one customer as the features need them: how many are open, how many won, their campaigns. */
record Deals(int open, int won, Tally campaigns) {

    /** What one opportunity adds to its customer: the value of the repartition topic. */
    record Part(String status, Long campaignId) {

        static Part of(OpportunityRow opportunity) {
            return new Part(opportunity.status(), opportunity.campaignId());
        }
    }

    static Deals none() {
        return new Deals(0, 0, Tally.empty());
    }

    Deals plus(Part part) {
        return new Deals(open + ("OPEN".equals(part.status()) ? 1 : 0), won + ("WON".equals(part.status()) ? 1 : 0),
                part.campaignId() == null ? campaigns : campaigns.plus(part.campaignId()));
    }

    Deals minus(Part part) {
        return new Deals(open - ("OPEN".equals(part.status()) ? 1 : 0), won - ("WON".equals(part.status()) ? 1 : 0),
                part.campaignId() == null ? campaigns : campaigns.minus(part.campaignId()));
    }
}
