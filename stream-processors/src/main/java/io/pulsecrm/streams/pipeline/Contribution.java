package io.pulsecrm.streams.pipeline;

import java.math.BigDecimal;

/**
 * What one open opportunity adds to its stage's totals. {@code weighted} is exact
 * (amount × win rate / 100 without rounding), so that the subtractor removes exactly what the adder added.
 */
record Contribution(long stageId, BigDecimal amount, BigDecimal weighted, long lsn) {

    static Contribution of(OpportunityRow opportunity, StageRow stage) {
        BigDecimal weighted = opportunity.amount().multiply(stage.winRate()).movePointLeft(2);
        return new Contribution(opportunity.stageId(), opportunity.amount(), weighted,
                Math.max(opportunity.lsn(), stage.lsn()));
    }

    String stageKey() {
        return Long.toString(stageId);
    }
}
