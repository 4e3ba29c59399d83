package io.pulsecrm.dashboards.pipeline;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * Open opportunities of one stage as the warehouse aggregated them ({@code pipeline_by_stage} joined
 * with the stage's name, position and win rate).
 *
 * @param winRate percent, 0–100
 * @param weightedAmount {@code openAmount × winRate / 100}, computed upstream by the stream processors
 */
public record StageFigures(
        long stageId,
        String stageName,
        int position,
        BigDecimal winRate,
        long openCount,
        BigDecimal openAmount,
        BigDecimal weightedAmount) {

    /** Top to bottom of the funnel: the stage's configured position (id breaks ties). */
    public static final Comparator<StageFigures> POSITION_ORDER =
            Comparator.comparingInt(StageFigures::position).thenComparingLong(StageFigures::stageId);
}
