package io.pulsecrm.streams.change;

import io.pulsecrm.streams.Topic;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Named;

/**
 * The latest row state per primary key of each CDC topic, built once per {@link StreamsBuilder} and shared by
 * every topology that reads the table.
 *
 * <p>Why shared: a topic can be subscribed only once per topology, and parsing each change once (not once per
 * reader) is most of what a change costs here. The stores' names ({@code <entity>-latest}) and processors'
 * ({@code <entity>-parse}, …) are deployed state; a topology that needs a narrower view filters the shared table
 * with processor names of its own.
 */
public final class ChangeTables {

    private final StreamsBuilder builder;
    private final Topic<String, byte[]> deadLetters;
    private final Map<String, Registered<?>> tables = new HashMap<>();
    private final Map<String, Object> derived = new HashMap<>();

    public ChangeTables(StreamsBuilder builder, Topic<String, byte[]> deadLetters) {
        this.builder = builder;
        this.deadLetters = deadLetters;
    }

    public StreamsBuilder builder() {
        return builder;
    }

    /**
     * The table of {@code source}: the row with the higher LSN wins, not the later arrival (CDC delivers at least
     * once and a restart replays), and deletes stay as markers with their LSN for the caller to filter out, so a
     * stale replay cannot resurrect a deleted row. Poison events leave for the dead-letter topic on the way.
     *
     * @param entity names the store and processors; the same for every caller of the same topic
     */
    public <T extends LsnVersioned> KTable<String, T> latest(Topic<String, byte[]> source, String entity,
            Class<T> type, Function<ChangeEnvelope, T> toRow) {
        return registered(source, entity, type, toRow).table();
    }

    /**
     * Every valid change of {@code source} as it arrives, before the latest-row table: duplicates, stale replays
     * and delete markers included, each with its LSN and the commit time as record time. For a topology that
     * needs the transitions themselves (what changed from what), keeping its own per-key state to tell a new
     * change from a replayed one.
     */
    public <T extends LsnVersioned> KStream<String, T> changes(Topic<String, byte[]> source, String entity,
            Class<T> type, Function<ChangeEnvelope, T> toRow) {
        return registered(source, entity, type, toRow).changes();
    }

    /**
     * A stream or table derived from the shared tables that more than one topology reads, built by the first caller
     * and handed to the others: the same nodes, stores and internal topics, so a change crosses them once.
     *
     * @param name the derived node's name, by which every caller asks for it
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T derived(String name, Supplier<T> build) {
        Object known = derived.get(name);
        if (known == null) {
            known = build.get();
            derived.put(name, known);
        }
        return (T) known;
    }

    @SuppressWarnings("unchecked")
    private synchronized <T extends LsnVersioned> Registered<T> registered(Topic<String, byte[]> source,
            String entity, Class<T> type, Function<ChangeEnvelope, T> toRow) {
        Registered<?> known = tables.get(source.name());
        if (known != null) {
            if (!known.entity().equals(entity) || known.type() != type) {
                throw new IllegalStateException(source.name() + " is read as " + known.entity() + "/"
                        + known.type().getSimpleName() + ", not as " + entity + "/" + type.getSimpleName());
            }
            return (Registered<T>) known;
        }
        Registered<T> built = build(source, entity, type, toRow, RecordSerde.of(type));
        tables.put(source.name(), built);
        return built;
    }

    private <T extends LsnVersioned> Registered<T> build(Topic<String, byte[]> source, String entity, Class<T> type,
            Function<ChangeEnvelope, T> toRow, Serde<T> rowSerde) {
        KStream<String, Parsed<T>> parsed = builder.stream(source.name(), source.consumed())
                .processValues(() -> new ChangeEventProcessor<>(toRow), Named.as(entity + "-parse"));

        parsed.filter((key, p) -> p.isPoison(), Named.as(entity + "-poison"))
                .mapValues(Parsed::raw, Named.as(entity + "-poison-bytes"))
                .to(deadLetters.name(), deadLetters.produced());

        KStream<String, T> changes = parsed.filter((key, p) -> !p.isPoison(), Named.as(entity + "-valid"))
                .mapValues(Parsed::row, Named.as(entity + "-row"));
        // Lazily: a table nobody reads would still cost a store and its changelog topic.
        return new Registered<>(entity, type, changes, () -> changes
                .groupByKey(Grouped.with(entity + "-by-id", Serdes.String(), rowSerde))
                .reduce(LsnVersioned::newer, Named.as(entity + "-latest-by-lsn"),
                        StateStores.perEntityTable(entity + "-latest", rowSerde)));
    }

    private static final class Registered<T> {
        private final String entity;
        private final Class<T> type;
        private final KStream<String, T> changes;
        private final Supplier<KTable<String, T>> tableBuilder;
        private KTable<String, T> table;

        Registered(String entity, Class<T> type, KStream<String, T> changes, Supplier<KTable<String, T>> tableBuilder) {
            this.entity = entity;
            this.type = type;
            this.changes = changes;
            this.tableBuilder = tableBuilder;
        }

        String entity() {
            return entity;
        }

        Class<T> type() {
            return type;
        }

        KStream<String, T> changes() {
            return changes;
        }

        synchronized KTable<String, T> table() {
            if (table == null) {
                table = tableBuilder.get();
            }
            return table;
        }
    }
}
