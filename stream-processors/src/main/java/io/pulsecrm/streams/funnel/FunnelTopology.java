package io.pulsecrm.streams.funnel;

import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.Topic;
import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.rows.CustomerRow;
import io.pulsecrm.streams.rows.LeadRow;
import io.pulsecrm.streams.rows.OpportunityRow;
import io.pulsecrm.streams.rows.StageMoveRow;
import io.pulsecrm.streams.rows.StageRow;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Funnel transitions from the captured changes: leads (LEAD, QUALIFIED, CUSTOMER or INVALID), customers that did not
 * come from a lead (CUSTOMER), opportunities (OPPORTUNITY, first stage, every recorded stage move, WON or LOST), each
 * published to {@code analytics.funnel_transition} as a fact keyed by its id (see {@link FunnelTransition}).
 *
 * <p>Leads, customers and deals are processed in the partition of their own CDC topic, which is keyed by their id:
 * a change crosses no internal topic. The only one is {@code <app id>-funnel-by-opportunity-repartition}, which brings
 * each stage move to the partition of its deal (the deal id as a decimal string, the default partitioner: the bytes
 * and partition of {@code cdc.opportunity}'s key; Streams sizes it like its inputs, the {@code cdc.*} topics, which
 * are all created with one partition count) and sends every stage change to every partition, so each task knows the
 * stage positions that make a move backward. Stages are few and rarely change; the moves need the topic anyway.
 */
public final class FunnelTopology {

    public static final Topic<String, FunnelTransition> FUNNEL_TRANSITION =
            new Topic<>("analytics.funnel_transition", Serdes.String(), FunnelTransition.serde());

    /** The repartition topic's name: deployed state, like every store name below. */
    static final String BY_OPPORTUNITY = "funnel-by-opportunity";

    private FunnelTopology() {}

    /** This topology alone, as its tests run it. */
    public static Topology build(StreamsBuilder builder, Topics topics) {
        addTo(new ChangeTables(builder, topics.dlqCdc()), topics);
        return builder.build();
    }

    /** Adds this topology to the application's builder, reading the change streams it shares with the others. */
    public static void addTo(ChangeTables tables, Topics topics) {
        publish("lead", LeadRow.changes(tables).mapValues(FunnelInput::of, Named.as("funnel-lead-input")), null,
                (state, published, positions) -> LeadChain.transitions(state, published));
        publish("customer", CustomerRow.changes(tables).mapValues(FunnelInput::of, Named.as("funnel-customer-input")),
                null, (state, published, positions) -> CustomerChain.transitions(state, published));

        KStream<String, FunnelInput> moves = StageMoveRow.changes(tables).map(
                (id, move) -> KeyValue.pair(Long.toString(move.opportunityId()), FunnelInput.of(move)),
                Named.as("funnel-move-by-opportunity"));
        KStream<String, FunnelInput> stages = StageRow.changes(tables)
                .mapValues(FunnelInput::of, Named.as("funnel-stage-input"));
        KStream<String, FunnelInput> routed = moves.merge(stages, Named.as("funnel-moves-and-stages"))
                .repartition(Repartitioned.<String, FunnelInput>as(BY_OPPORTUNITY)
                        .withKeySerde(Serdes.String()).withValueSerde(RecordSerde.of(FunnelInput.class))
                        .withStreamPartitioner(new StagesEverywhere()));
        KStream<String, FunnelInput> deals = OpportunityRow.changes(tables)
                .mapValues(FunnelInput::of, Named.as("funnel-opportunity-input"))
                .merge(routed, Named.as("funnel-opportunity-changes"));
        publish("opportunity", deals, "funnel-stage-position", OpportunityChain::transitions);
    }

    private static void publish(String entity, KStream<String, FunnelInput> changes, String stageStore,
            FunnelProcessor.Chain chain) {
        changes.process(FunnelProcessor.supplier("funnel-" + entity + "-state", stageStore, chain),
                        Named.as("funnel-" + entity + "-transitions"))
                .to(FUNNEL_TRANSITION.name(), FUNNEL_TRANSITION.produced().withName("funnel-" + entity + "-out"));
    }

    /** A stage change goes to every partition; a move to its deal's, by the default partitioner. */
    static final class StagesEverywhere implements StreamPartitioner<String, FunnelInput> {
        @Override
        public Optional<Set<Integer>> partitions(String topic, String key, FunnelInput value, int partitions) {
            return value.stage() == null ? Optional.empty()
                    : Optional.of(IntStream.range(0, partitions).boxed().collect(Collectors.toUnmodifiableSet()));
        }
    }
}
