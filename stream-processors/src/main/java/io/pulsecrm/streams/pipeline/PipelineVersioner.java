package io.pulsecrm.streams.pipeline;

import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Gives each stage's totals the version of docs/architecture.md, {@code max(previous.version + 1, lsn)},
 * and drops updates whose figures did not change.
 *
 * <p>The aggregation and the join re-emit on duplicates, stale replays and a subtract-then-add within
 * one stage; passing those on would bump the version without a change. The last emitted value per stage
 * lives in a store, so the rule holds across restarts and rebalances.
 *
 * <p>No totals (the join's delete) means the stage row is gone while deals still point at it: its
 * published figures are retracted with a zero row, as when its last open deal leaves, never with a
 * tombstone.
 */
final class PipelineVersioner implements FixedKeyProcessor<String, StageTotals, PipelineByStage> {

    static final String STORE = "pipeline-by-stage-emitted";

    private FixedKeyProcessorContext<String, PipelineByStage> context;
    private KeyValueStore<String, PipelineByStage> emitted;

    static FixedKeyProcessorSupplier<String, StageTotals, PipelineByStage> supplier() {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, StageTotals, PipelineByStage> get() {
                return new PipelineVersioner();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                        PipelineByStage.serde()));
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, PipelineByStage> context) {
        this.context = context;
        this.emitted = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, StageTotals> record) {
        PipelineByStage previous = emitted.get(record.key());
        if (record.value() == null && previous == null) {
            return;
        }
        StageTotals totals = record.value() == null ? StageTotals.empty() : record.value();
        long lsn = Math.max(totals.lsn(), ChangeLsn.of(record.headers()));
        long version = previous == null ? lsn : Math.max(previous.version() + 1, lsn);
        PipelineByStage next = PipelineByStage.of(Long.parseLong(record.key()), totals, version, record.timestamp());
        if (previous != null && previous.sameFigures(next)) {
            return;
        }
        emitted.put(record.key(), next);
        context.forward(record.withValue(next).withHeaders(ChangeLsn.strip(record.headers())));
    }
}
