package io.pulsecrm.streams.segment;

import io.pulsecrm.streams.Topic;
import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.JsonSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * Live segmentation: every customer's features ({@code analytics.customer_features}), kept current from its inputs
 * ({@link CustomerFeaturesTopology}) and re-evaluated when the day changes ({@link SegmentEvaluator}).
 */
public final class SegmentTopology {

    public static final Topic<String, CustomerFeaturesValue> CUSTOMER_FEATURES =
            new Topic<>("analytics.customer_features", Serdes.String(), CustomerFeaturesValue.serde());

    /** The application config entry with the zone whose days the evaluation counts in (default Asia/Shanghai). */
    public static final String ZONE_CONFIG = SegmentEvaluator.ZONE_CONFIG;

    private SegmentTopology() {}

    /** This topology alone, as its tests run it. */
    public static Topology build(StreamsBuilder builder, Topics topics) {
        addTo(new ChangeTables(builder, topics.dlqCdc()), topics);
        return builder.build();
    }

    /** Adds this topology to the application's builder, reading the tables it shares with the other topologies. */
    public static void addTo(ChangeTables tables, Topics topics) {
        StreamsBuilder builder = tables.builder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SegmentEvaluator.INPUTS_STORE), Serdes.String(),
                JsonSerde.of(FeatureInputs.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SegmentEvaluator.DAY_STORE), Serdes.String(), Serdes.Long()));

        KStream<String, CustomerFeaturesValue> evaluated = CustomerFeaturesTopology.inputs(tables)
                .toStream(Named.as("segment-feature-input-changes"))
                .process(SegmentEvaluator::new, Named.as("segment-evaluate"),
                        SegmentEvaluator.INPUTS_STORE, SegmentEvaluator.DAY_STORE);

        evaluated.processValues(CustomerFeaturesValue.versioner(), Named.as("segment-versioned-features"))
                .to(CUSTOMER_FEATURES.name(), CUSTOMER_FEATURES.produced());
    }
}
