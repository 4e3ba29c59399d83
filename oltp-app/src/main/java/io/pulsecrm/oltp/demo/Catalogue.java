package io.pulsecrm.oltp.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Ids of the stages, products, campaigns and the contract approval flow, once written. */
record Catalogue(long[] stageIds, long[] productIds, List<Campaign> campaigns, long flowId) {

    record Campaign(long id, String channel, long startDay, long endDay, boolean cancelled) {
    }

    /** Leads keep trickling in for three weeks after a campaign ends. */
    private static final long AFTERGLOW_DAYS = 21;

    /** A campaign running around that day that a new lead may be attributed to, or null. */
    Campaign campaignAround(long day, SplittableRandom random) {
        List<Campaign> running = new ArrayList<>(2);
        for (Campaign campaign : campaigns) {
            if (!campaign.cancelled() && campaign.startDay() <= day && day <= campaign.endDay() + AFTERGLOW_DAYS) {
                running.add(campaign);
            }
        }
        return running.isEmpty() ? null : Draw.pick(random, running);
    }

    long stage(int position) {
        return stageIds[position - 1];
    }
}
