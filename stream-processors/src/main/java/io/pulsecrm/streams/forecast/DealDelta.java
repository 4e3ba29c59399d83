package io.pulsecrm.streams.forecast;

import java.math.BigDecimal;
import java.util.function.Predicate;

/**
 * The value of the repartition topic: what one change of a deal does in the task of one stage, the contribution it
 * takes out of a cell ({@code left}) and the one it puts into a cell ({@code entered}), either null, with the LSN of
 * the change. Under exactly-once a delta is applied once, so the cells (and the pipeline by stage, which sums the open
 * ones) need no per-deal state of their own.
 *
 * <p>Why both in one record: a change that keeps the deal in its stage (a new amount, owner or close month, a close)
 * would otherwise reach the stage's sums as two records, and a sum passed on between them (a commit, a cache flush)
 * would show the stage without the deal. A move to another stage is a leave in the old stage's task and an enter in the
 * new one's: two stages, two rows of output anyway.
 */
public record DealDelta(ForecastDeal left, ForecastDeal entered, long lsn) {

    private static final Predicate<ForecastDeal> OPEN = deal -> deal != null && deal.cell().open();

    /** Whether the delta changes the open deals of its stage: an open deal left or entered. */
    public boolean changesOpen() {
        return OPEN.test(left) || OPEN.test(entered);
    }

    /** What the delta adds to its stage's number of open deals: −1, 0 or +1. */
    public int openCount() {
        return (OPEN.test(entered) ? 1 : 0) - (OPEN.test(left) ? 1 : 0);
    }

    /** What the delta adds to its stage's open amount. */
    public BigDecimal openAmount() {
        BigDecimal added = OPEN.test(entered) ? entered.amount() : BigDecimal.ZERO;
        return OPEN.test(left) ? added.subtract(left.amount()) : added;
    }
}
