package io.pulsecrm.streams.funnel;

import io.pulsecrm.streams.change.ChangeLsn;
import io.pulsecrm.streams.change.StateStores;
import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.rows.StageRow;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Turns the changes of one entity type into transition facts keyed by fact id: applies each change to the entity's
 * state (ignoring duplicates and stale replays by LSN), derives the entity's facts from the new state, and forwards
 * what differs from the facts published before: a new or changed fact as it is now, a fact that no longer holds as
 * its retraction. Nothing is forwarded for a change that alters no fact.
 *
 * <p>The state keeps every fact as last published, with its version, retractions included: the facts of an entity
 * are only ever published from its own state, so the state is what an {@code OutputVersioner} would keep per fact id,
 * and the version is given here, without a store, a read and a changelog record per fact of its own.
 *
 * <p>The processor that reads stages keeps their positions in a store of its own task: stages reach every task
 * (see {@link FunnelTopology}), so a move can be told backward or forward without leaving its partition.
 */
final class FunnelProcessor implements Processor<String, FunnelInput, String, FunnelTransition> {

    /** How one entity type's state makes its facts. */
    @FunctionalInterface
    interface Chain {
        List<FunnelTransition> transitions(EntityState state, Map<String, FunnelTransition> previous,
                LongFunction<Integer> stagePositions);
    }

    private static final Serde<EntityState> STATE = RecordSerde.of(EntityState.class);
    private static final Serde<StageRow> STAGE = RecordSerde.of(StageRow.class);

    private final String stateStore;
    private final String stageStore;
    private final Chain chain;
    private ProcessorContext<String, FunnelTransition> context;
    private KeyValueStore<String, EntityState> states;
    private KeyValueStore<String, StageRow> stages;

    private FunnelProcessor(String stateStore, String stageStore, Chain chain) {
        this.stateStore = stateStore;
        this.stageStore = stageStore;
        this.chain = chain;
    }

    /** @param stageStore the store of stage positions, or null for an entity type that needs none */
    static ProcessorSupplier<String, FunnelInput, String, FunnelTransition> supplier(String stateStore,
            String stageStore, Chain chain) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, FunnelInput, String, FunnelTransition> get() {
                return new FunnelProcessor(stateStore, stageStore, chain);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                Set<StoreBuilder<?>> stores = new HashSet<>();
                stores.add(StateStores.perEntity(stateStore, STATE));
                if (stageStore != null) {
                    stores.add(StateStores.keyValue(stageStore, STAGE));
                }
                return stores;
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, FunnelTransition> context) {
        this.context = context;
        this.states = context.getStateStore(stateStore);
        this.stages = stageStore == null ? null : context.getStateStore(stageStore);
    }

    @Override
    public void process(Record<String, FunnelInput> record) {
        FunnelInput input = record.value();
        if (input.stage() != null) {
            keepPosition(input.stage());
            return;
        }
        EntityState state = states.get(record.key());
        if (state == null) {
            state = EntityState.EMPTY;
        }
        EntityState next = state.apply(input);
        if (next == null) {
            return;
        }
        Map<String, FunnelTransition> published = state.facts();
        Map<String, FunnelTransition> holding = new LinkedHashMap<>();
        published.forEach((id, fact) -> {
            if (!fact.deleted()) {
                holding.put(id, fact);
            }
        });
        long lsn = ChangeLsn.of(record.headers());
        Headers headers = ChangeLsn.strip(record.headers());
        Map<String, FunnelTransition> now = new LinkedHashMap<>();
        for (FunnelTransition fact : chain.transitions(next, holding, this::position)) {
            now.put(fact.id(), fact);
        }
        Map<String, FunnelTransition> kept = new LinkedHashMap<>();
        for (FunnelTransition before : published.values()) {
            if (!now.containsKey(before.id())) {
                kept.put(before.id(), before.deleted() ? before
                        : publish(record, headers, before.retracted(), before, lsn));
            }
        }
        for (FunnelTransition fact : now.values()) {
            FunnelTransition before = published.get(fact.id());
            kept.put(fact.id(), before != null && before.sameFigures(fact) ? before
                    : publish(record, headers, fact, before, lsn));
        }
        states.put(record.key(), next.withFacts(kept));
    }

    /**
     * Forwards {@code fact} with the version rule of docs/architecture.md, {@code max(previous + 1, lsn)}, the
     * previous version being that of the same id as last published (a retraction included), and answers it.
     */
    private FunnelTransition publish(Record<String, FunnelInput> record, Headers headers, FunnelTransition fact,
            FunnelTransition before, long lsn) {
        long version = before == null ? lsn : Math.max(before.version() + 1, lsn);
        FunnelTransition versioned = fact.versioned(version, record.timestamp());
        context.forward(record.withKey(fact.id()).withValue(versioned).withHeaders(headers));
        return versioned;
    }

    private void keepPosition(StageRow stage) {
        String key = Long.toString(stage.id());
        StageRow known = stages.get(key);
        if (known == null || stage.lsn() > known.lsn()) {
            stages.put(key, stage);
        }
    }

    private Integer position(long stageId) {
        StageRow stage = stages == null ? null : stages.get(Long.toString(stageId));
        return stage == null || stage.deleted() ? null : stage.position();
    }
}
