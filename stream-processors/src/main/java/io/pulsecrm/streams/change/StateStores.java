package io.pulsecrm.streams.change;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The processors' own key-value stores: persistent, changelogged and cached. The record cache folds every
 * update of a key between two commits into one RocksDB write and one changelog record at the commit (reads see
 * the latest value meanwhile; under exactly-once the flush is part of the commit's transaction). Without it a
 * hot key — a stage's totals, a forecast cell, the last emitted value of an output — cost a RocksDB write and a
 * changelog record for every change event. The DSL's own stores are cached already.
 */
public final class StateStores {

    private StateStores() {}

    /** @param name deployed state, like every store name: its changelog topic is named after it */
    public static <V> StoreBuilder<KeyValueStore<String, V>> keyValue(String name, Serde<V> values) {
        return persistent(name, values).withCachingEnabled();
    }

    /**
     * A store of one entry per entity (a deal, a lead), not cached. An entity is seldom changed twice within a commit
     * interval, so a cache folds next to nothing there; but until each commit it holds every entity changed since the
     * last one, and once the cache is full Streams evicts from the store being written: the few hot keys of the
     * aggregates (a stage's totals, a forecast cell) were then flushed on nearly every change, each a RocksDB write,
     * a changelog record and, for a table, a record downstream. Entity stores therefore leave the cache to them.
     */
    public static <V> StoreBuilder<KeyValueStore<String, V>> perEntity(String name, Serde<V> values) {
        return persistent(name, values).withCachingDisabled();
    }

    /** {@link #perEntity} for a table of the DSL: one row per entity, persistent, changelogged, not cached. */
    public static <V> Materialized<String, V, KeyValueStore<Bytes, byte[]>> perEntityTable(String name, Serde<V> values) {
        return Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(name).withKeySerde(Serdes.String())
                .withValueSerde(values).withCachingDisabled();
    }

    /** Persistent (RocksDB) and changelogged, String keys. */
    private static <V> StoreBuilder<KeyValueStore<String, V>> persistent(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }
}
