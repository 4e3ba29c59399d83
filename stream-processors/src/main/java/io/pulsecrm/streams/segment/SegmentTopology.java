package io.pulsecrm.streams.segment;

import io.pulsecrm.streams.change.StateStores;
import io.pulsecrm.streams.Topic;
import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.rows.SegmentRow;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Live segmentation: every customer's features ({@code analytics.customer_features}), its membership of every
 * marketer's segment ({@code analytics.segment_member}) and each entry and exit ({@code
 * analytics.segment_member_event}), evaluated by {@link SegmentEvaluator} on every change of a customer's inputs
 * ({@link CustomerFeaturesTopology}), of a segment, and at the day change.
 *
 * <p>How segments reach every task: customers are spread over the partitions, and a segment's change must be evaluated
 * against all of them, so each segment version is written to every partition of one internal topic ({@code
 * segment-broadcast}, a multicast partitioner) and every task keeps all segments in its own store. A global table was
 * the alternative, but a global table's update triggers nothing in the stream tasks, so a new or edited segment would
 * wait for each customer's next change. Segments are few and change rarely, so the copies cost little; a customer's
 * change crosses no topic for it. The broadcast topic takes {@code cdc.segment}'s partition count, which is every
 * {@code cdc.*} topic's (they are created alike), so each customer task has one partition of it.
 */
public final class SegmentTopology {

    public static final Topic<String, CustomerFeaturesValue> CUSTOMER_FEATURES =
            new Topic<>("analytics.customer_features", Serdes.String(), CustomerFeaturesValue.serde());
    public static final Topic<String, SegmentMember> SEGMENT_MEMBER =
            new Topic<>("analytics.segment_member", Serdes.String(), SegmentMember.serde());
    public static final Topic<String, SegmentMemberEvent> SEGMENT_MEMBER_EVENT =
            new Topic<>("analytics.segment_member_event", Serdes.String(), SegmentMemberEvent.serde());

    /** The application config entry with the zone whose days the evaluation counts in (default Asia/Shanghai). */
    public static final String ZONE_CONFIG = SegmentEvaluator.ZONE_CONFIG;

    private static final Serde<SegmentRow> SEGMENT_ROW = RecordSerde.of(SegmentRow.class);

    private SegmentTopology() {}

    /** This topology alone, as its tests run it. */
    public static Topology build(StreamsBuilder builder, Topics topics) {
        addTo(new ChangeTables(builder, topics.dlqCdc()), topics);
        return builder.build();
    }

    /** Adds this topology to the application's builder, reading the tables it shares with the other topologies. */
    public static void addTo(ChangeTables tables, Topics topics) {
        addStores(tables.builder());

        KStream<String, EvaluationInput> customers = CustomerFeaturesTopology.inputs(tables)
                .toStream(Named.as("segment-feature-input-changes"))
                .mapValues(EvaluationInput::ofCustomer, Named.as("segment-customer-input"));
        KStream<String, EvaluationInput> segments = SegmentRow.table(tables)
                .toStream(Named.as("segment-changes"))
                .repartition(Repartitioned.<String, SegmentRow>as("segment-broadcast")
                        .withKeySerde(Serdes.String()).withValueSerde(SEGMENT_ROW)
                        .withStreamPartitioner(toEveryPartition()))
                .mapValues(EvaluationInput::ofSegment, Named.as("segment-segment-input"));

        KStream<String, Evaluated> evaluated = customers.merge(segments, Named.as("segment-inputs"))
                .process(SegmentEvaluator::new, Named.as("segment-evaluate"), SegmentEvaluator.INPUTS_STORE,
                        SegmentEvaluator.DAY_STORE, Segments.STORE, Memberships.STORE);

        evaluated.filter((key, e) -> e.features() != null, Named.as("segment-features-evaluated"))
                .mapValues(Evaluated::features, Named.as("segment-features"))
                .processValues(CustomerFeaturesValue.versioner(), Named.as("segment-versioned-features"))
                .to(CUSTOMER_FEATURES.name(), CUSTOMER_FEATURES.produced());

        KStream<String, SegmentMember> members = evaluated
                .filter((key, e) -> e.member() != null, Named.as("segment-members-evaluated"))
                .mapValues(Evaluated::member, Named.as("segment-member-changes"))
                .processValues(SegmentMember.versioner(), Named.as("segment-versioned-members"));
        members.to(SEGMENT_MEMBER.name(), SEGMENT_MEMBER.produced());
        // An entry or exit is published with the membership version it came with, under a key saying what happened.
        members.filter((key, m) -> m.isTransition(), Named.as("segment-transitions"))
                .map((key, m) -> KeyValue.pair(m.event().key(), m.event()),
                        Named.as("segment-member-events"))
                .to(SEGMENT_MEMBER_EVENT.name(), SEGMENT_MEMBER_EVENT.produced());
    }

    private static void addStores(StreamsBuilder builder) {
        builder.addStateStore(StateStores.keyValue(SegmentEvaluator.INPUTS_STORE, RecordSerde.of(FeatureInputs.class)));
        builder.addStateStore(StateStores.keyValue(SegmentEvaluator.DAY_STORE, Serdes.Long()));
        builder.addStateStore(StateStores.keyValue(Segments.STORE, SEGMENT_ROW));
        builder.addStateStore(StateStores.keyValue(Memberships.STORE, RecordSerde.of(Memberships.Member.class)));
    }

    /** Every segment version to every partition: each task evaluates its own customers against it. */
    private static StreamPartitioner<String, SegmentRow> toEveryPartition() {
        return (topic, key, value, partitions) -> Optional.of(
                IntStream.range(0, partitions).boxed().collect(Collectors.toUnmodifiableSet()));
    }
}
