package io.pulsecrm.streams.forecast;

import static io.pulsecrm.streams.DebeziumEvents.opportunity;
import static io.pulsecrm.streams.DebeziumEvents.stage;
import static io.pulsecrm.streams.DebeziumEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.streams.DebeziumEvents;
import io.pulsecrm.streams.DebeziumEvents.Event;
import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weighted pipeline by close month and the daily snapshot; receivables are in {@link ReceivablesTopologyTest}. */
class ForecastTopologyTest {

    static final String OPPORTUNITY = "opportunity";
    static final String STAGE = "opportunity_stage";
    /** 23:50 on 2026-01-14 in Shanghai. */
    static final Instant WALL_CLOCK = Instant.parse("2026-01-14T15:50:00Z");
    static final Duration COMMIT_INTERVAL = Duration.ofMillis(100);

    @TempDir
    Path stateDir;

    final DebeziumEvents events = new DebeziumEvents();
    TopologyTestDriver driver;
    TestInputTopic<String, String> opportunities;
    TestInputTopic<String, String> stages;
    TestOutputTopic<String, ForecastPipeline> pipeline;
    TestOutputTopic<String, ForecastSnapshot> snapshots;
    TestOutputTopic<String, byte[]> deadLetters;

    final Map<String, Object> qualify = stage(1, "Qualify", 1, "10.00");
    final Map<String, Object> propose = with(stage(2, "Propose", 2, "50.00"), "forecast_category", "BEST_CASE");

    @BeforeEach
    void startTopology() {
        Properties props = properties(stateDir);
        driver = new TopologyTestDriver(
                ForecastTopology.build(new StreamsBuilder(new TopologyConfig(new StreamsConfig(props))), Topics.DEFAULT),
                props, WALL_CLOCK);
        opportunities = input(driver, OPPORTUNITY);
        stages = input(driver, STAGE);
        pipeline = driver.createOutputTopic(ForecastTopology.PIPELINE.name(), Serdes.String().deserializer(),
                ForecastPipeline.serde().deserializer());
        snapshots = driver.createOutputTopic(ForecastTopology.SNAPSHOT.name(), Serdes.String().deserializer(),
                ForecastSnapshot.serde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ_CDC.name(), Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
        pipe(stages, events.create(STAGE, qualify)); // a stage publishes no cell: nothing to wait for
        pipe(stages, events.create(STAGE, propose));
    }

    static Properties properties(Path stateDir) {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "forecast-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put("ensure.explicit.internal.resource.naming", true);
        props.put(ForecastSettings.ZONE_CONFIG, "Asia/Shanghai");
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, (int) COMMIT_INTERVAL.toMillis());
        return props;
    }

    static TestInputTopic<String, String> input(TopologyTestDriver driver, String table) {
        return driver.createInputTopic("cdc." + table, Serdes.String().serializer(), Serdes.String().serializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void openDealCountsInItsExpectedCloseMonthWithItsStagesCategoryAndWeight() {
        Event insert = events.create(OPPORTUNITY, deal(10, 2, "1000.00", 7, 3));

        arrive(opportunities, insert);

        assertThat(pipeline.readKeyValuesToList()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("202601|7|3|OPEN|2");
            assertThat(kv.value).isEqualTo(new ForecastPipeline(202601, 7, 3, "OPEN", 2, "BEST_CASE", 1, "1000.00",
                    "500.000000", insert.lsn(), insert.tsMs()));
        });
    }

    @Test
    void cellMovedManyTimesWithinACommitIntervalIsPublishedOnceWithItsLastFigures() {
        Event last = null;
        for (long id = 10; id < 15; id++) {
            last = events.create(OPPORTUNITY, deal(id, 2, "100.00", 7, 3));
            pipe(opportunities, last);
        }
        pipe(opportunities, events.create(OPPORTUNITY, deal(15, 1, "100.00", 7, 3)));
        pipe(opportunities, events.delete(OPPORTUNITY, deal(15, 1, "100.00", 7, 3)));
        assertThat(pipeline.isEmpty()).isTrue();

        driver.advanceWallClockTime(COMMIT_INTERVAL);

        // The stage-1 cell was moved too: it shows where it ended, zero, and its one deal was never published.
        assertThat(pipeline.readKeyValuesToList()).extracting(kv -> kv.key + "=" + kv.value.deals() + "/"
                + kv.value.amount()).containsExactlyInAnyOrder("202601|7|3|OPEN|2=5/500.00", "202601|7|3|OPEN|1=0/0.00");
        driver.advanceWallClockTime(COMMIT_INTERVAL);
        assertThat(pipeline.isEmpty()).isTrue();
    }

    @Test
    void outputValueIsTheDocumentedJson() {
        Event insert = events.create(OPPORTUNITY, deal(10, 1, "1234.56", 7, 3));
        arrive(opportunities, insert);

        String json = new String(ForecastPipeline.serde().serializer().serialize("t", pipeline.readValue()),
                StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"closeMonth\":202601,\"ownerId\":7,\"ownerDeptId\":3,\"status\":\"OPEN\","
                + "\"stageId\":1,\"category\":\"PIPELINE\",\"deals\":1,\"amount\":\"1234.56\",\"weightedAmount\":\"123.456000\","
                + "\"version\":" + insert.lsn() + ",\"sourceTsMs\":" + insert.tsMs() + "}");
    }

    @Test
    void dealsOfOneCellAreSummedAndWeightedExactlyOverTheSum() {
        arrive(opportunities, events.create(OPPORTUNITY, deal(10, 1, "0.05", 7, 3)));
        arrive(opportunities, events.create(OPPORTUNITY, deal(11, 1, "0.05", 7, 3)));
        arrive(opportunities, events.create(OPPORTUNITY, deal(12, 1, "0.05", 7, 4)));

        Map<String, ForecastPipeline> cells = pipeline.readKeyValuesToMap();

        assertThat(cells.get("202601|7|3|OPEN|1")).satisfies(c -> {
            assertThat(c.deals()).isEqualTo(2);
            assertThat(c.amount()).isEqualTo("0.10");
            assertThat(c.weightedAmount()).isEqualTo("0.010000");
        });
        assertThat(cells.get("202601|7|4|OPEN|1").weightedAmount()).isEqualTo("0.005000");
    }

    @Test
    void wonDealCountsAsClosedInTheMonthItClosedInTheForecastZone() {
        var open = deal(10, 2, "800.00", 7, 3);
        arrive(opportunities, events.create(OPPORTUNITY, open));
        // 2025-12-31 16:30 UTC is already 2026-01-01 in Shanghai
        Event won = events.update(OPPORTUNITY, open, with(with(open, "status", "WON"), "closed_at",
                "2025-12-31T16:30:00.000000Z"));

        arrive(opportunities, won);

        Map<String, ForecastPipeline> cells = pipeline.readKeyValuesToMap();
        assertThat(cells.get("202601|7|3|OPEN|2").deals()).isZero();
        assertThat(cells.get("202601|7|3|WON|2")).isEqualTo(new ForecastPipeline(202601, 7, 3, "WON", 2, "CLOSED", 1,
                "800.00", "800.000000", won.lsn(), won.tsMs()));
    }

    @Test
    void lostDealLeavesTheForecast() {
        var open = deal(10, 2, "800.00", 7, 3);
        arrive(opportunities, events.create(OPPORTUNITY, open));

        Event lost = events.update(OPPORTUNITY, open, with(with(with(open, "status", "LOST"), "closed_at",
                "2025-12-01T08:00:00.000000Z"), "lost_reason", "price"));
        arrive(opportunities, lost);

        assertThat(pipeline.readKeyValuesToMap()).containsOnlyKeys("202601|7|3|OPEN|2").allSatisfy((key, cell) -> {
            assertThat(cell.deals()).isZero();
            assertThat(cell.amount()).isEqualTo("0.00");
            assertThat(cell.weightedAmount()).isEqualTo("0.000000");
            assertThat(cell.version()).isEqualTo(lost.lsn());
        });
    }

    @Test
    void movingDealToAStageOfAnotherCategoryLeavesItsOldCell() {
        var open = deal(10, 1, "1000.00", 7, 3);
        arrive(opportunities, events.create(OPPORTUNITY, open));

        Event move = events.update(OPPORTUNITY, open, with(open, "stage_id", 2L));
        arrive(opportunities, move);

        Map<String, ForecastPipeline> cells = pipeline.readKeyValuesToMap();
        assertThat(cells.get("202601|7|3|OPEN|1").deals()).isZero();
        assertThat(cells.get("202601|7|3|OPEN|2")).isEqualTo(new ForecastPipeline(202601, 7, 3, "OPEN", 2, "BEST_CASE",
                1, "1000.00", "500.000000", move.lsn(), move.tsMs()));
    }

    @Test
    void changingExpectedCloseDateOrOwnerMovesTheDealBetweenCells() {
        var open = deal(10, 2, "1000.00", 7, 3);
        arrive(opportunities, events.create(OPPORTUNITY, open));
        var later = with(open, "expected_close_date", 20_485); // 2026-02-01
        arrive(opportunities, events.update(OPPORTUNITY, open, later));
        var transferred = with(with(later, "owner_id", 8L), "owner_dept_id", 5L);
        arrive(opportunities, events.update(OPPORTUNITY, later, transferred));

        Map<String, ForecastPipeline> cells = pipeline.readKeyValuesToMap();
        assertThat(cells.get("202601|7|3|OPEN|2").deals()).isZero();
        assertThat(cells.get("202602|7|3|OPEN|2").deals()).isZero();
        assertThat(cells.get("202602|8|5|OPEN|2").deals()).isEqualTo(1);
    }

    @Test
    void openDealWithoutExpectedCloseDateCountsInMonthZero() {
        arrive(opportunities, events.create(OPPORTUNITY, with(deal(10, 2, "100.00", 7, 3), "expected_close_date", null)));

        assertThat(pipeline.readKeyValuesToMap()).containsOnlyKeys("0|7|3|OPEN|2");
    }

    @Test
    void winRateChangeReweighsEveryOpenCellOfTheStageOnceAndNothingElse() {
        arrive(opportunities, events.create(OPPORTUNITY, deal(10, 2, "1000.00", 7, 3)));
        arrive(opportunities, events.create(OPPORTUNITY, deal(11, 2, "3000.00", 8, 3)));
        arrive(opportunities, events.create(OPPORTUNITY, deal(12, 1, "700.00", 7, 3)));
        var won = deal(13, 2, "900.00", 7, 3);
        arrive(opportunities, events.create(OPPORTUNITY, with(with(won, "status", "WON"), "closed_at",
                "2025-12-10T02:00:00.000000Z")));
        pipeline.readKeyValuesToList();

        Event rate = events.update(STAGE, propose, with(propose, "win_rate", "75.00"));
        arrive(stages, rate);

        assertThat(pipeline.readKeyValuesToList()).extracting(kv -> kv.key + "=" + kv.value.weightedAmount() + "@"
                + kv.value.version()).containsExactlyInAnyOrder(
                "202601|7|3|OPEN|2=750.000000@" + rate.lsn(), "202601|8|3|OPEN|2=2250.000000@" + rate.lsn());
    }

    @Test
    void categoryChangeMovesTheStagesOpenDealsAndARenameSendsNothing() {
        arrive(opportunities, events.create(OPPORTUNITY, deal(10, 2, "1000.00", 7, 3)));
        pipeline.readKeyValuesToList();

        var renamed = with(propose, "name", "Proposal");
        arrive(stages, events.update(STAGE, propose, renamed));
        assertThat(pipeline.isEmpty()).isTrue();

        arrive(stages, events.update(STAGE, renamed, with(renamed, "forecast_category", "COMMIT")));
        assertThat(pipeline.readKeyValuesToList()).singleElement()
                .satisfies(kv -> assertThat(kv.value.category()).isEqualTo("COMMIT"));
    }

    @Test
    void stageChangeCapturedBeforeV34TakesTheCategoryOfItsWinRate() {
        var old = stage(3, "Negotiate", 3, "80.00");
        old.remove("forecast_category");
        arrive(opportunities, events.create(OPPORTUNITY, deal(10, 3, "100.00", 7, 3)));

        arrive(stages, events.create(STAGE, old));

        assertThat(pipeline.readValue().category()).isEqualTo("COMMIT");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void dealArrivingBeforeItsStageCountsOnceTheStageArrives() {
        arrive(opportunities, events.create(OPPORTUNITY, deal(10, 3, "800.00", 7, 3)));
        assertThat(pipeline.isEmpty()).isTrue();

        Event stage = events.create(STAGE, with(stage(3, "Negotiate", 3, "80.00"), "forecast_category", "COMMIT"));
        arrive(stages, stage);

        assertThat(pipeline.readValue()).isEqualTo(new ForecastPipeline(202601, 7, 3, "OPEN", 3, "COMMIT", 1, "800.00",
                "640.000000", stage.lsn(), stage.tsMs()));
    }

    @Test
    void deletedStageRetractsItsOpenCells() {
        arrive(opportunities, events.create(OPPORTUNITY, deal(10, 2, "1000.00", 7, 3)));
        pipeline.readKeyValuesToList();

        arrive(stages, events.delete(STAGE, propose));
        stages.pipeInput("2", (String) null);

        assertThat(pipeline.readValue()).satisfies(cell -> {
            assertThat(cell.deals()).isZero();
            assertThat(cell.weightedAmount()).isEqualTo("0.000000");
        });
        assertThat(pipeline.isEmpty()).isTrue();
    }

    @Test
    void deletedDealAndItsTombstoneLeaveAndAStaleReplayDoesNotResurrectIt() {
        var open = deal(10, 2, "1000.00", 7, 3);
        Event created = events.create(OPPORTUNITY, open);
        arrive(opportunities, created);
        arrive(opportunities, events.delete(OPPORTUNITY, open));
        opportunities.pipeInput("10", (String) null);
        assertThat(pipeline.readKeyValuesToMap().get("202601|7|3|OPEN|2").deals()).isZero();

        arrive(opportunities, created);

        assertThat(pipeline.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void duplicatesAndOlderEventsArrivingLateChangeNothing() {
        var open = deal(10, 1, "1000.00", 7, 3);
        Event created = events.create(OPPORTUNITY, open);
        Event moved = events.update(OPPORTUNITY, open, with(open, "stage_id", 2L));
        arrive(opportunities, moved);
        pipeline.readKeyValuesToList();

        arrive(opportunities, created);
        arrive(opportunities, moved);
        arrive(stages, events.create(STAGE, propose)); // a stage read again by a snapshot: newer LSN, same row

        assertThat(pipeline.isEmpty()).isTrue();
    }

    @Test
    void poisonEventIsDeadLetteredAndTheNextOneCounts() {
        opportunities.pipeInput("10", "{not json");
        arrive(opportunities, events.create(OPPORTUNITY, deal(11, 2, "100.00", 7, 3)));

        assertThat(new String(deadLetters.readRecord().headers().lastHeader(DeadLetters.TOPIC).value(),
                StandardCharsets.UTF_8)).isEqualTo("cdc.opportunity");
        assertThat(pipeline.readValue().deals()).isEqualTo(1);
    }

    @Test
    void firstCheckOfANewDeploymentTakesNoSnapshotAndTheNextDayDoes() {
        pipe(opportunities, events.create(OPPORTUNITY, deal(10, 2, "1000.00", 7, 3)));
        var won = deal(11, 1, "300.00", 7, 3);
        pipe(opportunities, events.create(OPPORTUNITY, with(with(won, "status", "WON"), "closed_at",
                "2026-01-05T02:00:00.000000Z")));

        driver.advanceWallClockTime(Duration.ofMinutes(1)); // 23:51: records 2026-01-14, publishes nothing
        assertThat(snapshots.isEmpty()).isTrue();

        driver.advanceWallClockTime(Duration.ofMinutes(10)); // 00:01 on 2026-01-15 in Shanghai
        Map<String, ForecastSnapshot> taken = snapshots.readKeyValuesToMap();

        assertThat(taken).containsOnlyKeys("2026-01-15|202601|7|3|OPEN|2", "2026-01-15|202601|7|3|WON|1");
        assertThat(taken.get("2026-01-15|202601|7|3|OPEN|2")).satisfies(s -> {
            assertThat(s.category()).isEqualTo("BEST_CASE");
            assertThat(s.weightedAmount()).isEqualTo("500.000000");
            assertThat(s.takenAtMs()).isEqualTo(WALL_CLOCK.plus(Duration.ofMinutes(11)).toEpochMilli());
        });
        assertThat(taken.get("2026-01-15|202601|7|3|WON|1").category()).isEqualTo("CLOSED");

        driver.advanceWallClockTime(Duration.ofHours(23)); // still 2026-01-15
        assertThat(snapshots.isEmpty()).isTrue();
    }

    @Test
    void aDealChangeCrossesOneInternalTopicReadWithTheStageRows() {
        TopologyDescription topology = ForecastTopology.build(
                new StreamsBuilder(new TopologyConfig(new StreamsConfig(properties(stateDir)))), Topics.DEFAULT).describe();

        List<Set<String>> read = topology.subtopologies().stream()
                .map(sub -> sub.nodes().stream().filter(TopologyDescription.Source.class::isInstance)
                        .flatMap(s -> ((TopologyDescription.Source) s).topicSet().stream()).collect(Collectors.toSet()))
                .toList();

        assertThat(read).contains(Set.of(ForecastTopology.DEAL_BY_STAGE + "-repartition", "cdc.opportunity_stage"));
        assertThat(read).contains(Set.of(ForecastTopology.RECEIPT_BY_PLAN + "-repartition", "cdc.payment_plan"));
        assertThat(read.stream().flatMap(Set::stream).filter(t -> !t.startsWith("cdc."))).hasSize(2);
    }

    private static Map<String, Object> deal(long id, long stageId, String amount, long owner, long dept) {
        return with(with(opportunity(id, stageId, amount, "OPEN"), "owner_id", owner), "owner_dept_id", dept);
    }

    static void pipe(TestInputTopic<String, String> topic, Event event) {
        topic.pipeInput(event.key(), event.value());
    }

    /** A change, then a commit interval: the cells it moved are published. */
    private void arrive(TestInputTopic<String, String> topic, Event event) {
        pipe(topic, event);
        driver.advanceWallClockTime(COMMIT_INTERVAL);
    }
}
