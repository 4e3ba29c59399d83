package io.pulsecrm.streams.forecast;

import io.pulsecrm.streams.change.StateStores;
import io.pulsecrm.streams.rows.StageRow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Once a day (in the forecast zone) publishes every non-empty cell of this task as it stands, under the day: the
 * forecast a month had on that day, to be compared later with what closed. A wall-clock punctuator checks every
 * minute whether the day changed since the last snapshot; the day is kept in a store, so a restart or rebalance on the
 * same day does not snapshot again, and were it to, the keys (day and cell) are the same, so it replaces.
 *
 * <p>The first check of a task with no snapshot day yet (a new deployment, or a new application id whose state is
 * being rebuilt from the cdc topics) records the day without publishing: its cells may not have caught up, and a
 * snapshot must not understate a day. Snapshots start with the next day.
 *
 * <p>It is attached to the stage rows only to live in the task that holds the cells; it ignores them.
 */
final class DailySnapshot implements Processor<String, StageRow, String, ForecastSnapshot> {

    static final String DAY_STORE = "forecast-snapshot-day";
    static final Duration CHECK_EVERY = Duration.ofMinutes(1);
    private static final String DAY = "day";

    private ProcessorContext<String, ForecastSnapshot> context;
    private ForecastStores stores;
    private KeyValueStore<String, String> lastDay;
    private ZoneId zone;

    static StoreBuilder<?> dayStore() {
        return StateStores.keyValue(DAY_STORE, Serdes.String());
    }

    @Override
    public void init(ProcessorContext<String, ForecastSnapshot> context) {
        this.context = context;
        this.stores = new ForecastStores(context);
        this.lastDay = context.getStateStore(DAY_STORE);
        this.zone = ForecastSettings.zone(context.appConfigs());
        context.schedule(CHECK_EVERY, PunctuationType.WALL_CLOCK_TIME, this::check);
    }

    @Override
    public void process(Record<String, StageRow> record) {
        // nothing: snapshots are taken by the punctuator
    }

    private void check(long wallClockMs) {
        LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(wallClockMs), zone);
        String last = lastDay.get(DAY);
        if (last != null && !today.isAfter(LocalDate.parse(last))) {
            return;
        }
        lastDay.put(DAY, today.toString());
        if (last == null) {
            return;
        }
        for (CellFigures cell : stores.allCells()) {
            ForecastSnapshot snapshot = ForecastSnapshot.of(today, cell, wallClockMs);
            context.forward(new Record<>(snapshot.key(), snapshot, wallClockMs));
        }
    }
}
