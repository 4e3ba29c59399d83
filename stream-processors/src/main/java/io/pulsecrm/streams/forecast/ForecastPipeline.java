package io.pulsecrm.streams.forecast;

import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.change.JsonSerde;
import io.pulsecrm.streams.change.OutputVersioner;
import io.pulsecrm.streams.change.Versioned;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;

/**
 * The value of {@code analytics.forecast_pipeline} (docs/architecture.md): one cell's figures. Money is a string, the
 * amount with 2 decimals, the weighted amount exact with 6 (amount × win rate / 100), so that a sum over any cells is
 * exact and rounded once by its reader.
 */
public record ForecastPipeline(int closeMonth, long ownerId, long ownerDeptId, String status, long stageId,
        String category, long deals, String amount, String weightedAmount, long version, long sourceTsMs)
        implements Versioned<ForecastPipeline> {

    /** The store of the last value published per cell (deployed state). */
    static final String EMITTED_STORE = "forecast-pipeline-emitted";

    private static final Serde<ForecastPipeline> SERDE = JsonSerde.of(ForecastPipeline.class);

    public static Serde<ForecastPipeline> serde() {
        return SERDE;
    }

    static FixedKeyProcessorSupplier<String, CellFigures, ForecastPipeline> versioner() {
        return OutputVersioner.supplier(EMITTED_STORE, RecordSerde.of(ForecastPipeline.class), new OutputVersioner.Shape<>() {
            @Override
            public long lsn(CellFigures figures) {
                return figures == null ? 0 : figures.lsn();
            }

            @Override
            public ForecastPipeline of(String key, CellFigures f, long version, long sourceTsMs) {
                CellKey c = f.cell(); // never null: cells retract with zero figures, not with a delete
                return new ForecastPipeline(c.closeMonth(), c.ownerId(), c.ownerDeptId(), c.status(), c.stageId(),
                        f.category(), f.deals(), money(f.amount()), weighted(f.weighted()), version, sourceTsMs);
            }
        });
    }

    @Override
    public boolean sameFigures(ForecastPipeline other) {
        return deals == other.deals && category.equals(other.category) && amount.equals(other.amount)
                && weightedAmount.equals(other.weightedAmount);
    }

    static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String weighted(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_UP).toPlainString();
    }
}
