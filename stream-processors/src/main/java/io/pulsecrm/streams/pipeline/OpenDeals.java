package io.pulsecrm.streams.pipeline;

import java.math.BigDecimal;

/**
 * The open deals of one stage, summed before the stage's win rate is known: count and exact amount.
 * {@code lsn} is the highest source LSN among the deals added or removed so far; it feeds the output
 * version.
 */
record OpenDeals(long count, BigDecimal amount, long lsn) {

    static OpenDeals none() {
        return new OpenDeals(0, BigDecimal.ZERO, 0);
    }

    OpenDeals plus(OpenDeal deal) {
        return new OpenDeals(count + 1, amount.add(deal.amount()), Math.max(lsn, deal.lsn()));
    }

    OpenDeals minus(OpenDeal deal) {
        return new OpenDeals(count - 1, amount.subtract(deal.amount()), Math.max(lsn, deal.lsn()));
    }
}
