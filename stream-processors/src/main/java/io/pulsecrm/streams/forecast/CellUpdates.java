package io.pulsecrm.streams.forecast;

import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.change.StateStores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Applies a deal's delta to its cell at once, and publishes the figures of the cells that changed once per commit
 * interval, each once, however many deltas moved it meanwhile.
 *
 * <p>Why not per delta: a busy cell (a rep's deals closing this month) moves with every change of every deal in it,
 * and each figure published costs a versioner read and write, a changelog record, an output record and a ClickHouse
 * row, while only the last figures of a transaction are ever visible (the output is read committed). The cells
 * changed since the last publication are kept in a store of their own, so they survive a crash with the transaction
 * that changed them: nothing committed is left unpublished, and a publication is in the transaction of the
 * commit that follows it. The interval is the commit interval: the output is visible only at a commit anyway, so a
 * cell's figures wait at most one interval longer than before, and publishing more often would fold less.
 */
final class CellUpdates extends CellProcessor<DealDelta> {

    static final String CHANGED_STORE = "forecast-cells-changed";

    /** When the cell last changed: the highest LSN and record time of the deltas since it was last published. */
    record Changed(long lsn, long timestampMs) {
        Changed and(Changed other) {
            return other == null ? this
                    : new Changed(Math.max(lsn, other.lsn()), Math.max(timestampMs, other.timestampMs()));
        }
    }

    private KeyValueStore<String, Changed> changed;

    static StoreBuilder<?> changedStore() {
        return StateStores.keyValue(CHANGED_STORE, RecordSerde.of(Changed.class));
    }

    @Override
    public void init(ProcessorContext<String, CellFigures> context) {
        super.init(context);
        this.changed = context.getStateStore(CHANGED_STORE);
        // appConfigs() holds Streams' defaults too, so the interval is always there.
        Duration every = Duration.ofMillis(
                Long.parseLong(String.valueOf(context.appConfigs().get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG))));
        context.schedule(every, PunctuationType.WALL_CLOCK_TIME, now -> publishChanged());
    }

    @Override
    public void process(Record<String, DealDelta> record) {
        if (record.value() == null) {
            return;
        }
        DealDelta delta = record.value();
        if (delta.left() != null) {
            noteChanged(stores.apply(delta.left(), -1, delta.lsn()), delta.lsn(), record.timestamp());
        }
        if (delta.entered() != null) {
            noteChanged(stores.apply(delta.entered(), 1, delta.lsn()), delta.lsn(), record.timestamp());
        }
    }

    private void noteChanged(String cellKey, long lsn, long timestampMs) {
        changed.put(cellKey, new Changed(lsn, timestampMs).and(changed.get(cellKey)));
    }

    private void publishChanged() {
        List<KeyValue<String, Changed>> due = new ArrayList<>();
        try (KeyValueIterator<String, Changed> it = changed.all()) {
            it.forEachRemaining(due::add);
        }
        for (KeyValue<String, Changed> cell : due) {
            changed.delete(cell.key);
            CellFigures figures = stores.figures(CellKey.ofStoreKey(cell.key), cell.value.lsn());
            if (figures != null) {
                publish(figures, cell.value.timestampMs());
            }
        }
    }
}
