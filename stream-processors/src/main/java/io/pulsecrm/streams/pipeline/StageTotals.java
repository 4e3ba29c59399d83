package io.pulsecrm.streams.pipeline;

import io.pulsecrm.streams.rows.StageRow;
import java.math.BigDecimal;

/**
 * The open pipeline of one stage, weighted by the stage's current win rate. Amounts are exact; they are
 * rounded once, on output ({@link PipelineByStage}). {@code lsn} is the highest source LSN of the deals
 * and of the stage row; it feeds the output version.
 */
record StageTotals(long count, BigDecimal amount, BigDecimal weighted, long lsn) {

    static StageTotals empty() {
        return new StageTotals(0, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    /**
     * Every open deal of a stage has the stage's win rate, so the weighted amount is the stage's open
     * amount × win rate / 100: one multiplication per stage, exact (no rounding before the output), so
     * it equals the sum of the deals' exact weights.
     */
    static StageTotals weigh(OpenDeals deals, StageRow stage) {
        return new StageTotals(deals.count(), deals.amount(), deals.amount().multiply(stage.winRate()).movePointLeft(2),
                Math.max(deals.lsn(), stage.lsn()));
    }
}
