package io.pulsecrm.streams.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import io.pulsecrm.streams.change.JsonSerde;
import io.pulsecrm.streams.change.OutputVersioner;
import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.change.Versioned;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;

/**
 * The value of {@code analytics.pipeline_by_stage} (docs/architecture.md). Amounts are strings with
 * scale 2 so that no consumer reads them through a double.
 */
public record PipelineByStage(long stageId, long openCount, String openAmount, String weightedAmount, long version,
        long sourceTsMs) implements Versioned<PipelineByStage> {

    /** The store of the last value published per stage (deployed state). */
    static final String EMITTED_STORE = "pipeline-by-stage-emitted";

    private static final Serde<PipelineByStage> SERDE = JsonSerde.of(PipelineByStage.class);

    public static Serde<PipelineByStage> serde() {
        return SERDE;
    }

    static PipelineByStage of(long stageId, StageTotals totals, long version, long sourceTsMs) {
        return new PipelineByStage(stageId, totals.count(), money(totals.amount()), money(totals.weighted()), version,
                sourceTsMs);
    }

    /**
     * No totals (the join's delete) means the stage row is gone while deals still point at it: its published
     * figures are retracted with a zero row, as when its last open deal leaves.
     */
    static FixedKeyProcessorSupplier<String, StageTotals, PipelineByStage> versioner() {
        return OutputVersioner.supplier(EMITTED_STORE, RecordSerde.of(PipelineByStage.class), new OutputVersioner.Shape<>() {
            @Override
            public long lsn(StageTotals totals) {
                return totals == null ? 0 : totals.lsn();
            }

            @Override
            public PipelineByStage of(String stageId, StageTotals totals, long version, long sourceTsMs) {
                return PipelineByStage.of(Long.parseLong(stageId), totals == null ? StageTotals.empty() : totals,
                        version, sourceTsMs);
            }
        });
    }

    @Override
    public boolean sameFigures(PipelineByStage other) {
        return openCount == other.openCount && openAmount.equals(other.openAmount)
                && weightedAmount.equals(other.weightedAmount);
    }

    private static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
