package io.pulsecrm.streams.pipeline;

import static io.pulsecrm.streams.DebeziumEvents.opportunity;
import static io.pulsecrm.streams.DebeziumEvents.stage;
import static io.pulsecrm.streams.DebeziumEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.streams.DebeziumEvents;
import io.pulsecrm.streams.DebeziumEvents.Event;
import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.DeadLetters;
import io.pulsecrm.streams.forecast.ForecastTopology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipelineByStageTopologyTest {

    private static final String OPPORTUNITY = "opportunity";
    private static final String STAGE = "opportunity_stage";

    @TempDir
    Path stateDir;

    private final DebeziumEvents events = new DebeziumEvents();
    private TopologyTestDriver driver;
    private TestInputTopic<String, String> opportunities;
    private TestInputTopic<String, String> stages;
    private TestOutputTopic<String, PipelineByStage> pipeline;
    private TestOutputTopic<String, byte[]> deadLetters;

    private final Map<String, Object> qualify = stage(1, "Qualify", 1, "10.00");
    private final Map<String, Object> propose = stage(2, "Propose", 2, "50.00");

    @BeforeEach
    void startTopology() {
        var props = streamsProperties();
        var builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        driver = new TopologyTestDriver(PipelineByStageTopology.build(builder, Topics.DEFAULT), props);
        opportunities = driver.createInputTopic(Topics.CDC_OPPORTUNITY.name(), Serdes.String().serializer(),
                Serdes.String().serializer());
        stages = driver.createInputTopic(Topics.CDC_OPPORTUNITY_STAGE.name(), Serdes.String().serializer(),
                Serdes.String().serializer());
        pipeline = driver.createOutputTopic(Topics.PIPELINE_BY_STAGE.name(), Serdes.String().deserializer(),
                PipelineByStage.serde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ_CDC.name(), Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
        pipe(stages, events.create(STAGE, qualify));
        pipe(stages, events.create(STAGE, propose));
    }

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void insertedOpenDealCountsInItsStageWithAmountTimesWinRate() {
        Event insert = events.create(OPPORTUNITY, opportunity(10, 2, "1000.00", "OPEN"));

        pipe(opportunities, insert);

        assertThat(pipeline.readKeyValuesToList()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("2");
            assertThat(kv.value).isEqualTo(new PipelineByStage(2, 1, "1000.00", "500.00", insert.lsn(), insert.tsMs()));
        });
    }

    @Test
    void outputValueIsTheDocumentedJson() {
        Event insert = events.create(OPPORTUNITY, opportunity(10, 1, "1234.56", "OPEN"));
        pipe(opportunities, insert);

        byte[] json = PipelineByStage.serde().serializer().serialize("t", pipeline.readValue());

        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo(
                "{\"stageId\":1,\"openCount\":1,\"openAmount\":\"1234.56\",\"weightedAmount\":\"123.46\","
                        + "\"version\":" + insert.lsn() + ",\"sourceTsMs\":" + insert.tsMs() + "}");
    }

    @Test
    void movingDealToAnotherStageLeavesTheOldBucketAndEntersTheNewOne() {
        var deal = opportunity(10, 1, "1000.00", "OPEN");
        pipe(opportunities, events.create(OPPORTUNITY, deal));
        PipelineByStage before = latest().get("1");

        Event move = events.update(OPPORTUNITY, deal, with(deal, "stage_id", 2L));
        pipe(opportunities, move);

        Map<String, PipelineByStage> after = latest();
        assertThat(after.get("1")).satisfies(old -> {
            assertThat(old.openCount()).isZero();
            assertThat(old.openAmount()).isEqualTo("0.00");
            assertThat(old.weightedAmount()).isEqualTo("0.00");
            assertThat(old.version()).isEqualTo(move.lsn()).isGreaterThan(before.version());
            assertThat(old.sourceTsMs()).isEqualTo(move.tsMs());
        });
        assertThat(after.get("2")).isEqualTo(new PipelineByStage(2, 1, "1000.00", "500.00", move.lsn(), move.tsMs()));
    }

    @Test
    void changingAmountUpdatesOpenAndWeightedAmountWithoutCountingTheDealTwice() {
        var deal = opportunity(10, 2, "1000.00", "OPEN");
        pipe(opportunities, events.create(OPPORTUNITY, deal));

        Event raise = events.update(OPPORTUNITY, deal, with(deal, "amount", "3000.50"));
        pipe(opportunities, raise);

        assertThat(latest().get("2")).isEqualTo(new PipelineByStage(2, 1, "3000.50", "1500.25", raise.lsn(), raise.tsMs()));
    }

    @Test
    void transferringDealToAnotherOwnerChangesNoFigureAndIsNoPoison() {
        var deal = opportunity(10, 2, "1000.00", "OPEN");
        pipe(opportunities, events.create(OPPORTUNITY, deal));
        pipeline.readKeyValuesToList();

        var transferred = with(with(deal, "owner_id", 7L), "owner_dept_id", 3L);
        pipe(opportunities, events.update(OPPORTUNITY, deal, with(transferred, "customer_id", 11L)));

        assertThat(pipeline.isEmpty()).as("the stage's figures are unchanged, so nothing is published").isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void changingWinRateOfStageReweightsItsOpenDeals() {
        pipe(opportunities, events.create(OPPORTUNITY, opportunity(10, 2, "1000.00", "OPEN")));
        pipe(opportunities, events.create(OPPORTUNITY, opportunity(11, 2, "3000.00", "OPEN")));

        Event rate = events.update(STAGE, propose, with(propose, "win_rate", "75.00"));
        pipe(stages, rate);

        PipelineByStage reweighted = latest().get("2");
        assertThat(reweighted.openCount()).isEqualTo(2);
        assertThat(reweighted.openAmount()).isEqualTo("4000.00");
        assertThat(reweighted.weightedAmount()).isEqualTo("3000.00");
        assertThat(reweighted.version()).isEqualTo(rate.lsn());
        assertThat(reweighted.sourceTsMs()).isEqualTo(rate.tsMs());
    }

    @Test
    void changingWinRateOfStageProducesExactlyOneRecordForThatStage() {
        pipe(opportunities, events.create(OPPORTUNITY, opportunity(10, 2, "1000.00", "OPEN")));
        pipe(opportunities, events.create(OPPORTUNITY, opportunity(11, 2, "3000.00", "OPEN")));
        pipe(opportunities, events.create(OPPORTUNITY, opportunity(12, 2, "500.00", "OPEN")));
        pipe(opportunities, events.create(OPPORTUNITY, opportunity(13, 1, "700.00", "OPEN")));
        pipeline.readKeyValuesToList();

        Event rate = events.update(STAGE, propose, with(propose, "win_rate", "20.00"));
        pipe(stages, rate);

        assertThat(pipeline.readKeyValuesToList()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("2");
            assertThat(kv.value).isEqualTo(new PipelineByStage(2, 3, "4500.00", "900.00", rate.lsn(), rate.tsMs()));
        });
    }

    @Test
    void weightedAmountIsTheStagesOpenAmountTimesWinRateRoundedOnce() {
        // 10 % of 0.05 is 0.005: rounded per deal, three deals would make 0.03; the stage's exact figure
        // is 10 % of 0.15 = 0.015, published as 0.02.
        pipe(opportunities, events.create(OPPORTUNITY, opportunity(10, 1, "0.05", "OPEN")));
        pipe(opportunities, events.create(OPPORTUNITY, opportunity(11, 1, "0.05", "OPEN")));
        pipe(opportunities, events.create(OPPORTUNITY, opportunity(12, 1, "0.05", "OPEN")));

        assertThat(latest().get("1")).satisfies(p -> {
            assertThat(p.openAmount()).isEqualTo("0.15");
            assertThat(p.weightedAmount()).isEqualTo("0.02");
        });
    }

    @Test
    void deletedStageThatStillHasOpenDealsIsPublishedWithZeroFigures() {
        pipe(opportunities, events.create(OPPORTUNITY, opportunity(10, 2, "1000.00", "OPEN")));
        pipeline.readKeyValuesToList();

        // PostgreSQL refuses this delete (the stage has a deal); the topology must not rely on it.
        Event delete = events.delete(STAGE, propose);
        pipe(stages, delete);
        stages.pipeInput("2", (String) null);

        assertThat(pipeline.readKeyValuesToList()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("2");
            assertThat(kv.value).isEqualTo(new PipelineByStage(2, 0, "0.00", "0.00", delete.lsn(), delete.tsMs()));
        });
    }

    @Test
    void anOpportunityChangeCrossesOneInternalTopicCoPartitionedWithTheStages() {
        var builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties())));
        TopologyDescription topology = PipelineByStageTopology.build(builder, Topics.DEFAULT).describe();
        Set<String> external = Set.of(Topics.CDC_OPPORTUNITY.name(), Topics.CDC_OPPORTUNITY_STAGE.name());

        List<Set<String>> readBySubtopology = topology.subtopologies().stream()
                .map(sub -> sub.nodes().stream()
                        .filter(TopologyDescription.Source.class::isInstance)
                        .flatMap(source -> ((TopologyDescription.Source) source).topicSet().stream())
                        .collect(Collectors.toSet()))
                .toList();
        List<String> internalRead = readBySubtopology.stream().flatMap(Set::stream)
                .filter(topic -> !external.contains(topic)).toList();

        // The forecast's deals by stage: the pipeline by stage has no internal topic of its own.
        assertThat(internalRead).containsExactly(ForecastTopology.DEAL_BY_STAGE + "-repartition");
        // Read by the task that also reads the stage rows: the join needs no topic of its own.
        assertThat(readBySubtopology).contains(Set.of(internalRead.getFirst(), Topics.CDC_OPPORTUNITY_STAGE.name()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"WON", "LOST"})
    void closingDealRemovesItFromTheOpenPipeline(String outcome) {
        var deal = opportunity(10, 2, "1000.00", "OPEN");
        pipe(opportunities, events.create(OPPORTUNITY, opportunity(11, 2, "500.00", "OPEN")));
        pipe(opportunities, events.create(OPPORTUNITY, deal));

        Event close = events.update(OPPORTUNITY, deal, opportunity(10, 2, "1000.00", outcome));
        pipe(opportunities, close);

        assertThat(latest().get("2")).isEqualTo(new PipelineByStage(2, 1, "500.00", "250.00", close.lsn(), close.tsMs()));
    }

    @Test
    void deletingDealAndItsTombstoneRemoveItFromTheOpenPipeline() {
        var deal = opportunity(10, 2, "1000.00", "OPEN");
        pipe(opportunities, events.create(OPPORTUNITY, deal));

        Event delete = events.delete(OPPORTUNITY, deal);
        pipe(opportunities, delete);
        assertThat(latest().get("2")).isEqualTo(new PipelineByStage(2, 0, "0.00", "0.00", delete.lsn(), delete.tsMs()));

        opportunities.pipeInput("10", (String) null);

        assertThat(pipeline.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void replayingTheSameEventsAgainChangesNothing() {
        var deal = opportunity(10, 1, "1000.00", "OPEN");
        List<Event> history = List.of(
                events.create(OPPORTUNITY, deal),
                events.update(OPPORTUNITY, deal, with(deal, "stage_id", 2L)),
                events.create(OPPORTUNITY, opportunity(11, 2, "200.00", "OPEN")));
        history.forEach(e -> pipe(opportunities, e));
        Map<String, PipelineByStage> once = latest();

        history.forEach(e -> pipe(opportunities, e));
        pipe(stages, events.create(STAGE, propose)); // a stage snapshot row replayed with a newer LSN, same content

        assertThat(pipeline.readKeyValuesToList()).isEmpty();
        assertThat(once.get("2").openCount()).isEqualTo(2);
    }

    @Test
    void olderEventArrivingAfterANewerOneIsIgnored() {
        var deal = opportunity(10, 1, "1000.00", "OPEN");
        Event created = events.create(OPPORTUNITY, deal);
        Event moved = events.update(OPPORTUNITY, deal, with(deal, "stage_id", 2L));
        pipe(opportunities, moved);
        Map<String, PipelineByStage> current = latest();

        pipe(opportunities, created);

        assertThat(pipeline.readKeyValuesToList()).isEmpty();
        assertThat(current).containsOnlyKeys("2");
    }

    @Test
    void staleReplayAfterADeleteDoesNotResurrectTheDeal() {
        var deal = opportunity(10, 2, "1000.00", "OPEN");
        Event created = events.create(OPPORTUNITY, deal);
        pipe(opportunities, created);
        pipe(opportunities, events.delete(OPPORTUNITY, deal));
        opportunities.pipeInput("10", (String) null);
        assertThat(latest().get("2").openCount()).isZero();

        pipe(opportunities, created);

        assertThat(pipeline.readKeyValuesToList()).isEmpty();
    }

    @Test
    void dealArrivingBeforeItsStageIsCountedOnceTheStageArrives() {
        pipe(opportunities, events.create(OPPORTUNITY, opportunity(10, 3, "800.00", "OPEN")));
        assertThat(pipeline.isEmpty()).isTrue();

        Event stage = events.create(STAGE, stage(3, "Negotiate", 3, "80.00"));
        pipe(stages, stage);

        assertThat(latest().get("3")).satisfies(p -> {
            assertThat(p.openCount()).isEqualTo(1);
            assertThat(p.weightedAmount()).isEqualTo("640.00");
            assertThat(p.sourceTsMs()).isEqualTo(stage.tsMs());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{not json",
        "{\"before\":null,\"after\":{\"id\":10,\"stage_id\":2,\"amount\":\"5.00\"},\"source\":{\"lsn\":1,\"ts_ms\":2},\"op\":\"c\"}",
        "{\"before\":null,\"after\":{\"id\":10,\"stage_id\":2,\"amount\":\"5.00\",\"status\":\"OPEN\"},\"source\":{\"ts_ms\":2},\"op\":\"c\"}",
        "{\"before\":null,\"after\":{\"id\":10,\"stage_id\":2,\"amount\":\"5.00\",\"status\":\"OPEN\"},\"source\":{\"lsn\":1,\"ts_ms\":2},\"op\":\"x\"}",
        "{\"before\":null,\"after\":{\"id\":10,\"stage_id\":2,\"amount\":\"lots\",\"status\":\"OPEN\"},\"source\":{\"lsn\":1,\"ts_ms\":2},\"op\":\"c\"}"
    })
    void poisonEventGoesToTheDeadLetterTopicAndTheNextGoodEventIsStillProcessed(String poison) {
        opportunities.pipeInput("10", poison);
        Event good = events.create(OPPORTUNITY, opportunity(11, 2, "100.00", "OPEN"));
        pipe(opportunities, good);

        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("10");
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo(poison);
        assertThat(header(dead, DeadLetters.REASON)).isNotBlank();
        assertThat(header(dead, DeadLetters.TOPIC)).isEqualTo("cdc.opportunity");
        assertThat(header(dead, DeadLetters.PARTITION)).isEqualTo("0");
        assertThat(header(dead, DeadLetters.OFFSET)).isEqualTo("0");
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(DeadLetters.count(driver.metrics())).isEqualTo(1);
        assertThat(latest().get("2")).isEqualTo(new PipelineByStage(2, 1, "100.00", "50.00", good.lsn(), good.tsMs()));
    }

    @Test
    void recordKeyThatDoesNotMatchThePrimaryKeyIsDeadLettered() {
        Event event = events.create(OPPORTUNITY, opportunity(10, 2, "100.00", "OPEN"));

        opportunities.pipeInput("99", event.value());

        assertThat(header(deadLetters.readRecord(), DeadLetters.REASON)).contains("does not match primary key");
        assertThat(pipeline.isEmpty()).isTrue();
    }

    @Test
    void snapshotReadEventsBuildTheInitialPipeline() {
        long snapshotLsn = events.nextLsn();
        long snapshotTs = 1_763_910_000_000L;
        pipe(opportunities, events.read(OPPORTUNITY, opportunity(20, 1, "100.00", "OPEN"), snapshotLsn, snapshotTs));
        pipe(opportunities, events.read(OPPORTUNITY, opportunity(21, 1, "300.00", "OPEN"), snapshotLsn, snapshotTs));
        pipe(opportunities, events.read(OPPORTUNITY, opportunity(22, 2, "900.00", "WON"), snapshotLsn, snapshotTs));

        Map<String, PipelineByStage> initial = latest();

        assertThat(initial).containsOnlyKeys("1");
        assertThat(initial.get("1").openCount()).isEqualTo(2);
        assertThat(initial.get("1").openAmount()).isEqualTo("400.00");
        assertThat(initial.get("1").weightedAmount()).isEqualTo("40.00");
    }

    @Test
    void versionIsStrictlyIncreasingPerStageAcrossInterleavedChanges() {
        var a = opportunity(10, 1, "100.00", "OPEN");
        var b = opportunity(11, 2, "100.00", "OPEN");
        pipe(opportunities, events.create(OPPORTUNITY, a));
        pipe(opportunities, events.create(OPPORTUNITY, b));
        pipe(opportunities, events.update(OPPORTUNITY, a, with(a, "stage_id", 2L)));
        pipe(opportunities, events.update(OPPORTUNITY, b, with(b, "stage_id", 1L)));
        pipe(stages, events.update(STAGE, qualify, with(qualify, "win_rate", "20.00")));

        Map<String, Long> lastVersion = new LinkedHashMap<>();
        for (var kv : pipeline.readKeyValuesToList()) {
            Long previous = lastVersion.put(kv.key, kv.value.version());
            if (previous != null) {
                assertThat(kv.value.version()).as("version of stage %s", kv.key).isGreaterThan(previous);
            }
        }
        assertThat(lastVersion).containsOnlyKeys("1", "2");
    }

    private Properties streamsProperties() {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "pipeline-by-stage-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put("ensure.explicit.internal.resource.naming", true);
        return props;
    }

    private Map<String, PipelineByStage> latest() {
        return pipeline.readKeyValuesToMap();
    }

    private static void pipe(TestInputTopic<String, String> topic, Event event) {
        topic.pipeInput(event.key(), event.value());
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
