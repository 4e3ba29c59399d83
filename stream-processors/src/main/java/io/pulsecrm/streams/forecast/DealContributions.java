package io.pulsecrm.streams.forecast;

import io.pulsecrm.streams.change.StateStores;
import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.rows.OpportunityRow;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Turns each new state of a deal (the shared latest-row table, so duplicates and stale replays arrive as the row it
 * already holds) into deltas keyed by stage id: leave the cell it counted in, enter the new one, in one delta when both
 * are in the same stage. The store remembers
 * what each deal counts for, which is what a subtractor needs; an unchanged contribution (an edit of the name, a
 * replay) sends nothing.
 */
final class DealContributions implements Processor<String, OpportunityRow, String, DealDelta> {

    static final String STORE = "forecast-deal-counted";

    private ProcessorContext<String, DealDelta> context;
    private KeyValueStore<String, ForecastDeal> counted;
    private ZoneId zone;

    static ProcessorSupplier<String, OpportunityRow, String, DealDelta> supplier() {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, OpportunityRow, String, DealDelta> get() {
                return new DealContributions();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(StateStores.perEntity(STORE, RecordSerde.of(ForecastDeal.class)));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, DealDelta> context) {
        this.context = context;
        this.counted = context.getStateStore(STORE);
        this.zone = ForecastSettings.zone(context.appConfigs());
    }

    @Override
    public void process(Record<String, OpportunityRow> record) {
        if (record.value() == null) {
            return;
        }
        ForecastDeal before = counted.get(record.key());
        ForecastDeal after = ForecastDeal.of(record.value(), zone);
        if (Objects.equals(before, after)) {
            return;
        }
        long lsn = record.value().lsn();
        if (before != null && after != null && before.stageKey().equals(after.stageKey())) {
            context.forward(record.withKey(after.stageKey()).withValue(new DealDelta(before, after, lsn)));
        } else {
            if (before != null) {
                context.forward(record.withKey(before.stageKey()).withValue(new DealDelta(before, null, lsn)));
            }
            if (after != null) {
                context.forward(record.withKey(after.stageKey()).withValue(new DealDelta(null, after, lsn)));
            }
        }
        if (after != null) {
            counted.put(record.key(), after);
        } else {
            counted.delete(record.key());
        }
    }
}
