package io.pulsecrm.streams.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.kafka.common.serialization.Serde;

/**
 * The value of {@code analytics.pipeline_by_stage} (docs/architecture.md). Amounts are strings with
 * scale 2 so that no consumer reads them through a double.
 */
public record PipelineByStage(long stageId, long openCount, String openAmount, String weightedAmount, long version,
        long sourceTsMs) {

    private static final Serde<PipelineByStage> SERDE = JsonSerde.of(PipelineByStage.class);

    public static Serde<PipelineByStage> serde() {
        return SERDE;
    }

    static PipelineByStage of(long stageId, StageTotals totals, long version, long sourceTsMs) {
        return new PipelineByStage(stageId, totals.count(), money(totals.amount()), money(totals.weighted()), version,
                sourceTsMs);
    }

    boolean sameFigures(PipelineByStage other) {
        return openCount == other.openCount && openAmount.equals(other.openAmount)
                && weightedAmount.equals(other.weightedAmount);
    }

    private static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
