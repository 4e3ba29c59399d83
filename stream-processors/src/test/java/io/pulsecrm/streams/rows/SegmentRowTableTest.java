package io.pulsecrm.streams.rows;

import static io.pulsecrm.streams.DebeziumEvents.row;
import static io.pulsecrm.streams.DebeziumEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.streams.DebeziumEvents;
import io.pulsecrm.streams.DebeziumEvents.Event;
import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.DeadLetters;
import io.pulsecrm.streams.change.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared segment table from {@code cdc.segment}: a saved rule arrives parsed and canonical, a later
 * change replaces it, a delete leaves a marker, and a rule segment-rules refuses is dead-lettered with the
 * reason while the next good change still gets through.
 */
class SegmentRowTableTest {

    private static final String OUT = "segment-row-table-test-out";
    private static final String KEY_ACCOUNTS = "{\"feature\": \"level\", \"operator\": \"EQ\", \"values\": [\"KEY\"]}";

    @TempDir
    Path stateDir;

    private final DebeziumEvents events = new DebeziumEvents();
    private TopologyTestDriver driver;
    private TestInputTopic<String, String> segments;
    private TestOutputTopic<String, SegmentRow> latest;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void startTopology() {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "segment-row-table-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put("ensure.explicit.internal.resource.naming", true);
        var builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        SegmentRow.table(new ChangeTables(builder, Topics.DLQ_CDC)).toStream(Named.as("segment-test-out"))
                .to(OUT, Produced.with(Serdes.String(), JsonSerde.of(SegmentRow.class)));
        driver = new TopologyTestDriver(builder.build(), props);
        segments = driver.createInputTopic("cdc.segment", Serdes.String().serializer(), Serdes.String().serializer());
        latest = driver.createOutputTopic(OUT, Serdes.String().deserializer(), JsonSerde.of(SegmentRow.class).deserializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ_CDC.name(), Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void aSegmentsRuleChangesAndItsDeleteArriveInOrderOfLsn() {
        var saved = row("segment", 4, "rule", KEY_ACCOUNTS);
        var changed = with(saved, "rule", "{\"op\": \"OR\", \"rules\": [" + KEY_ACCOUNTS + "]}");
        Event create = events.create("segment", saved);
        Event update = events.update("segment", saved, changed);
        Event delete = events.delete("segment", changed);

        for (Event e : new Event[] {create, update, create, delete}) {
            segments.pipeInput(e.key(), e.value());
        }

        var rows = latest.readValuesToList();
        assertThat(rows).extracting(SegmentRow::deleted).containsExactly(false, false, false, true);
        assertThat(rows.get(1).rule()).isEqualTo("{\"op\":\"OR\",\"rules\":[{\"feature\":\"level\",\"operator\":\"EQ\",\"values\":[\"KEY\"]}]}");
        assertThat(rows.get(2)).as("a stale replay does not bring the old rule back").isEqualTo(rows.get(1));
        assertThat(rows.get(3).lsn()).isEqualTo(delete.lsn());
    }

    @Test
    void aRuleThatDoesNotParseIsDeadLetteredWithTheReasonAndTheNextGoodChangeStillArrives() {
        Event poison = events.create("segment", row("segment", 8, "rule", "{\"op\": \"AND\", \"rules\": []}"));
        Event good = events.create("segment", row("segment", 9, "rule", KEY_ACCOUNTS));

        segments.pipeInput(poison.key(), poison.value());
        segments.pipeInput(good.key(), good.value());

        var dead = deadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("8");
        assertThat(new String(dead.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8))
                .contains("segment 8 has an invalid rule").contains("rule.rules: must be an array of 1 to 20 rules");
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(latest.readValue().id()).isEqualTo(9);
    }
}
