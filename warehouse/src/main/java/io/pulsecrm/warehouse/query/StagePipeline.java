package io.pulsecrm.warehouse.query;

import java.math.BigDecimal;

/**
 * The open pipeline of one stage: how many open opportunities, their amount, and the amount
 * weighted by the stage's win rate. {@code winRate} is a percent (0–100).
 */
public record StagePipeline(long stageId, String stageName, int position, BigDecimal winRate,
                            long openCount, BigDecimal openAmount, BigDecimal weightedAmount) {
}
