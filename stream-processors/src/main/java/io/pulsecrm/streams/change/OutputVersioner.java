package io.pulsecrm.streams.change;

import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The last step before an {@code analytics.*} topic: gives each key's value the version of docs/architecture.md,
 * {@code max(previous.version + 1, lsn)}, and drops updates whose figures did not change.
 *
 * <p>Aggregations and joins re-emit on duplicates, stale replays and a subtract-then-add within one key; passing
 * those on would bump the version without a change. The last emitted value per key lives in a store, so the rule
 * holds across restarts and rebalances. The LSN is the larger of the value's own and the triggering change's
 * ({@link ChangeLsn} header, removed here: the output's contract has no such header).
 *
 * <p>A null value (a table delete upstream) is passed to the {@link Shape} too: an aggregate whose last member
 * left is published as zeros, never as a tombstone, so a consumer keeps the key's history.
 */
public final class OutputVersioner<V, O extends Versioned<O>> implements FixedKeyProcessor<String, V, O> {

    /** How an upstream value becomes an output value. */
    public interface Shape<V, O> {

        /** The LSN the value itself carries (0 if none, or if {@code value} is null). */
        long lsn(V value);

        /** The output for {@code key}; {@code value} is null when the upstream row was deleted. */
        O of(String key, V value, long version, long sourceTsMs);
    }

    private final String store;
    private final Shape<V, O> shape;
    private FixedKeyProcessorContext<String, O> context;
    private KeyValueStore<String, O> emitted;

    private OutputVersioner(String store, Shape<V, O> shape) {
        this.store = store;
        this.shape = shape;
    }

    /** @param store the name of the store of last emitted values: deployed state, like every store name */
    public static <V, O extends Versioned<O>> FixedKeyProcessorSupplier<String, V, O> supplier(String store,
            Serde<O> serde, Shape<V, O> shape) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, V, O> get() {
                return new OutputVersioner<>(store, shape);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(StateStores.keyValue(store, serde));
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, O> context) {
        this.context = context;
        this.emitted = context.getStateStore(store);
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        O previous = emitted.get(record.key());
        if (record.value() == null && previous == null) {
            return;
        }
        long lsn = Math.max(shape.lsn(record.value()), ChangeLsn.of(record.headers()));
        long version = previous == null ? lsn : Math.max(previous.version() + 1, lsn);
        O next = shape.of(record.key(), record.value(), version, record.timestamp());
        if (previous != null && previous.sameFigures(next)) {
            return;
        }
        emitted.put(record.key(), next);
        context.forward(record.withValue(next).withHeaders(ChangeLsn.strip(record.headers())));
    }
}
