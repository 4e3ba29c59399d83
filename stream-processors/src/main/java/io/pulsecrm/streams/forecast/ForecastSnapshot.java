package io.pulsecrm.streams.forecast;

import io.pulsecrm.streams.change.JsonSerde;
import java.time.LocalDate;
import org.apache.kafka.common.serialization.Serde;

/**
 * The value of {@code analytics.forecast_snapshot} (docs/architecture.md): a cell as it stood on {@code snapshotDate}.
 * Each (day, cell) is published once, so it does not go through the output versioner (whose store would keep every
 * day's keys for good): its {@code version} is the cell's own, the highest LSN of what it reflects, so a re-emission on
 * the same day with newer figures replaces the older one and the same figures are the same row.
 */
public record ForecastSnapshot(String snapshotDate, int closeMonth, long ownerId, long ownerDeptId, String status,
        long stageId, String category, long deals, String amount, String weightedAmount, long version, long takenAtMs) {

    private static final Serde<ForecastSnapshot> SERDE = JsonSerde.of(ForecastSnapshot.class);

    public static Serde<ForecastSnapshot> serde() {
        return SERDE;
    }

    static ForecastSnapshot of(LocalDate day, CellFigures f, long takenAtMs) {
        CellKey c = f.cell();
        return new ForecastSnapshot(day.toString(), c.closeMonth(), c.ownerId(), c.ownerDeptId(), c.status(),
                c.stageId(), f.category(), f.deals(), ForecastPipeline.money(f.amount()),
                ForecastPipeline.weighted(f.weighted()), f.lsn(), takenAtMs);
    }

    /** The day, then the cell's output key: deterministic, so a second snapshot of a day replaces the first. */
    String key() {
        return snapshotDate + "|" + closeMonth + "|" + ownerId + "|" + ownerDeptId + "|" + status + "|" + stageId;
    }
}
