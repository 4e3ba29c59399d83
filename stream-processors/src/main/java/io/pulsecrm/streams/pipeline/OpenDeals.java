package io.pulsecrm.streams.pipeline;

import io.pulsecrm.streams.forecast.DealDelta;
import java.math.BigDecimal;

/**
 * The open deals of one stage, summed before the stage's win rate is known: count and exact amount.
 * {@code lsn} is the highest source LSN among the deals that entered or left so far; it feeds the output
 * version.
 */
record OpenDeals(long count, BigDecimal amount, long lsn) {

    static OpenDeals none() {
        return new OpenDeals(0, BigDecimal.ZERO, 0);
    }

    /** With what a deal change does to the stage's open deals: one entering, one leaving, or one changing amount. */
    OpenDeals plus(DealDelta delta) {
        return new OpenDeals(count + delta.openCount(), amount.add(delta.openAmount()), Math.max(lsn, delta.lsn()));
    }
}
