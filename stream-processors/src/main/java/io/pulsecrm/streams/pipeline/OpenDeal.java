package io.pulsecrm.streams.pipeline;

import io.pulsecrm.streams.rows.OpportunityRow;
import java.math.BigDecimal;

/**
 * What one open opportunity adds to its stage's open totals: the value of the repartition topic.
 *
 * <p>Only the amount and the LSN travel, not the whole row: the win rate is applied after the sum, so
 * a deal's contribution does not depend on its stage, and the subtractor removes exactly what the
 * adder added.
 */
record OpenDeal(BigDecimal amount, long lsn) {

    static OpenDeal of(OpportunityRow opportunity) {
        return new OpenDeal(opportunity.amount(), opportunity.lsn());
    }
}
