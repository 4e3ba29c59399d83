package io.pulsecrm.streams.segment;

import io.pulsecrm.streams.DebeziumEvents.Event;
import io.pulsecrm.streams.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyTestDriver;

/** The segment topology on a TopologyTestDriver: CDC inputs by table, outputs read as latest values by key. */
final class SegmentDriver implements AutoCloseable {

    static final String ZONE = "Asia/Shanghai";

    private final TopologyTestDriver driver;
    private final Map<String, TestInputTopic<String, String>> inputs = new HashMap<>();
    private final TestOutputTopic<String, CustomerFeaturesValue> features;
    private final TestOutputTopic<String, byte[]> deadLetters;
    private final TestOutputTopic<String, SegmentMember> members;
    private final TestOutputTopic<String, SegmentMemberEvent> memberEvents;
    private final Map<String, SegmentMember> latestMembers = new HashMap<>();
    private final Map<String, CustomerFeaturesValue> latestFeatures = new HashMap<>();

    SegmentDriver(Path stateDir, Instant wallClock) {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "segment-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put("ensure.explicit.internal.resource.naming", true);
        props.put(SegmentEvaluator.ZONE_CONFIG, ZONE);
        var builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        driver = new TopologyTestDriver(SegmentTopology.build(builder, Topics.DEFAULT), props, wallClock);
        features = driver.createOutputTopic(SegmentTopology.CUSTOMER_FEATURES.name(), Serdes.String().deserializer(),
                CustomerFeaturesValue.serde().deserializer());
        members = driver.createOutputTopic(SegmentTopology.SEGMENT_MEMBER.name(), Serdes.String().deserializer(),
                SegmentMember.serde().deserializer());
        memberEvents = driver.createOutputTopic(SegmentTopology.SEGMENT_MEMBER_EVENT.name(),
                Serdes.String().deserializer(), SegmentMemberEvent.serde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ_CDC.name(), Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    void pipe(String table, Event event) {
        input(table).pipeInput(event.key(), event.value());
    }

    void pipeRaw(String table, String key, String value) {
        input(table).pipeInput(key, value);
    }

    private TestInputTopic<String, String> input(String table) {
        return inputs.computeIfAbsent(table, t -> driver.createInputTopic(Topics.cdc(t).name(),
                Serdes.String().serializer(), Serdes.String().serializer()));
    }

    void advanceWallClock(Duration by) {
        driver.advanceWallClockTime(by);
    }

    /** The latest published features of a customer (all records read so far folded in). */
    CustomerFeaturesValue features(long customerId) {
        features.readKeyValuesToList().forEach(kv -> latestFeatures.put(kv.key, kv.value));
        return latestFeatures.get(Long.toString(customerId));
    }

    /** The features records published since the last read, in order. */
    java.util.List<CustomerFeaturesValue> newFeatures() {
        var list = features.readValuesToList();
        list.forEach(v -> latestFeatures.put(Long.toString(v.customerId()), v));
        return list;
    }

    /** The latest membership record of a customer in a segment, or null if none was ever published. */
    SegmentMember member(long segmentId, long customerId) {
        members.readKeyValuesToList().forEach(kv -> latestMembers.put(kv.key, kv.value));
        return latestMembers.get(segmentId + ":" + customerId);
    }

    /** The customers now in the segment, from every membership record published so far. */
    java.util.Set<Long> membersOf(long segmentId) {
        members.readKeyValuesToList().forEach(kv -> latestMembers.put(kv.key, kv.value));
        return latestMembers.values().stream().filter(m -> m.segmentId() == segmentId && m.member())
                .map(SegmentMember::customerId).collect(java.util.stream.Collectors.toSet());
    }

    /** The events published since the last read, key and value. */
    java.util.List<org.apache.kafka.streams.KeyValue<String, SegmentMemberEvent>> newEvents() {
        return memberEvents.readKeyValuesToList();
    }

    long deadLettered() {
        return deadLetters.readValuesToList().size();
    }

    @Override
    public void close() {
        driver.close();
    }
}
