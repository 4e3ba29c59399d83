package io.pulsecrm.streams.funnel;

import static io.pulsecrm.streams.DebeziumEvents.opportunity;
import static io.pulsecrm.streams.DebeziumEvents.row;
import static io.pulsecrm.streams.DebeziumEvents.stage;
import static io.pulsecrm.streams.DebeziumEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.streams.DebeziumEvents;
import io.pulsecrm.streams.DebeziumEvents.Event;
import io.pulsecrm.streams.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
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
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunnelTopologyTest {

    private static final String CREATED = "2025-11-21T09:30:00Z";
    private static final long CREATED_MS = java.time.Instant.parse(CREATED).toEpochMilli();
    private static final long HOUR = 3_600_000;

    @TempDir
    Path stateDir;

    private final DebeziumEvents events = new DebeziumEvents();
    private TopologyTestDriver driver;
    private final Map<String, TestInputTopic<String, String>> inputs = new HashMap<>();
    private TestOutputTopic<String, FunnelTransition> output;
    private TestOutputTopic<String, byte[]> deadLetters;
    /** The last value of every fact id published so far, as a compacted topic (and ClickHouse FINAL) keeps it. */
    private final Map<String, FunnelTransition> published = new HashMap<>();

    @BeforeEach
    void startTopology() {
        var builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties())));
        driver = new TopologyTestDriver(FunnelTopology.build(builder, Topics.DEFAULT), streamsProperties());
        for (String table : List.of("lead", "customer", "opportunity", "opportunity_stage", "opportunity_stage_move")) {
            inputs.put(table, driver.createInputTopic(Topics.cdc(table).name(), Serdes.String().serializer(),
                    Serdes.String().serializer()));
        }
        output = driver.createOutputTopic(FunnelTopology.FUNNEL_TRANSITION.name(), Serdes.String().deserializer(),
                FunnelTransition.serde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ_CDC.name(), Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
        pipe("opportunity_stage", events.create("opportunity_stage", stage(1, "Qualify", 1, "10.00")));
        pipe("opportunity_stage", events.create("opportunity_stage", stage(2, "Propose", 2, "50.00")));
        pipe("opportunity_stage", events.create("opportunity_stage", stage(3, "Negotiate", 3, "80.00")));
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void leadQualifiedAndConvertedEntersEachStepOnceWithItsTimeInTheStepBefore() {
        var lead = row("lead", 5, "source", "EVENT", "campaign_id", 9, "owner_id", 7, "owner_dept_id", 3);
        var qualified = with(with(lead, "status", "QUALIFIED"), "qualified_at", "2025-11-21T11:30:00Z");
        var converted = with(with(qualified, "status", "CONVERTED"), "converted_at", "2025-11-21T12:30:00.123456Z");
        converted.put("converted_customer_id", 40);

        pipe("lead", events.create("lead", lead));
        pipe("lead", events.update("lead", lead, qualified));
        Event convert = pipe("lead", events.update("lead", qualified, converted));

        Map<String, FunnelTransition> facts = live();
        assertThat(facts).hasSize(3);
        assertThat(fact(facts, "LEAD")).satisfies(f -> {
            assertThat(f.id()).isEqualTo("LEAD:5:LEAD:" + CREATED_MS);
            assertThat(f.fromStep()).isEmpty();
            assertThat(f.msInFromStep()).isNull();
            assertThat(f.at()).isEqualTo(CREATED);
            // published again at the conversion: every fact of the lead names the customer it became
            assertThat(f.version()).isEqualTo(convert.lsn());
        });
        assertThat(fact(facts, "QUALIFIED")).satisfies(f -> {
            assertThat(f.fromStep()).isEqualTo("LEAD");
            assertThat(f.msInFromStep()).isEqualTo(2 * HOUR);
            assertThat(f.at()).isEqualTo("2025-11-21T11:30:00Z");
        });
        assertThat(fact(facts, "CUSTOMER")).satisfies(f -> {
            assertThat(f.fromStep()).isEqualTo("QUALIFIED");
            assertThat(f.msInFromStep()).isEqualTo(HOUR + 123);
            assertThat(f.at()).isEqualTo("2025-11-21T12:30:00.123Z");
            assertThat(f.customerId()).isEqualTo(40L);
            assertThat(f.version()).isEqualTo(convert.lsn());
        });
        assertThat(facts.values()).allSatisfy(f -> {
            assertThat(f.entityType()).isEqualTo("LEAD");
            assertThat(f.leadId()).isEqualTo(5L);
            assertThat(List.of(f.ownerId(), f.ownerDeptId(), f.campaignId())).containsExactly(7L, 3L, 9L);
            assertThat(f.source()).isEqualTo("EVENT");
            assertThat(f.backward()).isFalse();
        });
    }

    @Test
    void duplicatesAndStaleReplaysPublishNothing() {
        var lead = row("lead", 5);
        var qualified = with(with(lead, "status", "QUALIFIED"), "qualified_at", "2025-11-21T11:30:00Z");
        Event create = pipe("lead", events.create("lead", lead));
        Event qualify = pipe("lead", events.update("lead", lead, qualified));
        output.readRecordsToList();

        pipe("lead", qualify);
        pipe("lead", create);
        pipe("lead", events.read("lead", lead, create.lsn(), create.tsMs()));

        assertThat(output.readRecordsToList()).isEmpty();
    }

    @Test
    void invalidLeadKeepsItsQualifiedEntryAndLeavesAtTheTimeItWasFirstSeenInvalid() {
        var qualified = row("lead", 5, "status", "QUALIFIED", "qualified_at", "2025-11-21T11:30:00Z");
        var invalid = with(with(qualified, "status", "INVALID"), "updated_at", "2025-11-22T09:30:00Z");
        pipe("lead", events.create("lead", qualified));
        pipe("lead", events.update("lead", qualified, invalid));
        // edited afterwards: the exit stays where it was
        pipe("lead", events.update("lead", invalid, with(invalid, "updated_at", "2025-11-25T09:30:00Z")));

        Map<String, FunnelTransition> facts = live();
        assertThat(facts.values()).extracting(FunnelTransition::toStep)
                .containsExactlyInAnyOrder("LEAD", "QUALIFIED", "INVALID");
        assertThat(fact(facts, "INVALID")).satisfies(f -> {
            assertThat(f.fromStep()).isEqualTo("QUALIFIED");
            assertThat(f.at()).isEqualTo("2025-11-22T09:30:00Z");
            assertThat(f.msInFromStep()).isEqualTo(22 * HOUR);
        });
    }

    @Test
    void deletedLeadWithdrawsEveryFactAndItsTombstoneAndStaleReplaysChangeNothing() {
        var lead = row("lead", 5, "status", "QUALIFIED", "qualified_at", "2025-11-21T11:30:00Z");
        Event create = pipe("lead", events.create("lead", lead));
        Event delete = pipe("lead", events.delete("lead", lead));
        inputs.get("lead").pipeInput("5", (String) null);
        pipe("lead", create);

        assertThat(live()).isEmpty();
        assertThat(published.values()).hasSize(2).allSatisfy(f -> {
            assertThat(f.deleted()).isTrue();
            assertThat(f.version()).isEqualTo(delete.lsn());
        });
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void customerEntersByItselfOnlyWithoutALeadAndOnceItsLeadIsGone() {
        pipe("customer", events.create("customer", row("customer", 40, "lead_id", 5, "owner_id", 7)));
        assertThat(live()).isEmpty();

        var direct = row("customer", 41, "source", "REFERRAL", "owner_id", 7, "owner_dept_id", 3);
        pipe("customer", events.create("customer", direct));
        var orphaned = row("customer", 40, "lead_id", null, "owner_id", 7);
        pipe("customer", events.update("customer", row("customer", 40, "lead_id", 5, "owner_id", 7), orphaned));

        assertThat(live().values()).extracting(FunnelTransition::id)
                .containsExactlyInAnyOrder("CUSTOMER:41:CUSTOMER:" + CREATED_MS, "CUSTOMER:40:CUSTOMER:" + CREATED_MS);
        assertThat(live().get("CUSTOMER:41:CUSTOMER:" + CREATED_MS)).satisfies(f -> {
            assertThat(f.source()).isEqualTo("REFERRAL");
            assertThat(f.customerId()).isEqualTo(41L);
            assertThat(f.leadId()).isNull();
        });
    }

    @Test
    void dealWalksForwardBackAndWinsWithTimeInEachStage() {
        var deal = opportunity(10, 1, "1000.00", "OPEN");
        deal.put("customer_id", 40);
        pipe("opportunity", events.create("opportunity", deal));
        move(100, 10, 1, 2, "2025-11-21T10:30:00Z");
        move(101, 10, 2, 3, "2025-11-21T12:30:00Z");
        move(102, 10, 3, 2, "2025-11-21T15:30:00Z");
        var won = with(with(with(deal, "stage_id", 2), "status", "WON"), "closed_at", "2025-11-22T15:30:00Z");
        Event win = pipe("opportunity", events.update("opportunity", deal, won));

        Map<String, FunnelTransition> facts = live();
        assertThat(facts.values()).extracting(f -> f.toStep() + (f.toStageId() == null ? "" : f.toStageId())
                        + "<" + f.fromStep() + (f.fromStageId() == null ? "" : f.fromStageId()) + " " + f.msInFromStep()
                        + (f.backward() ? " back" : ""))
                .containsExactlyInAnyOrder("OPPORTUNITY< null", "STAGE1<OPPORTUNITY 0", "STAGE2<STAGE1 " + HOUR,
                        "STAGE3<STAGE2 " + 2 * HOUR, "STAGE2<STAGE3 " + 3 * HOUR + " back",
                        "WON<STAGE2 " + 24 * HOUR);
        assertThat(facts).containsKey("OPPORTUNITY:10:MOVE:102");
        assertThat(fact(facts, "WON").version()).isEqualTo(win.lsn());
        assertThat(facts.values()).allSatisfy(f -> assertThat(f.customerId()).isEqualTo(40L));
    }

    @Test
    void reopeningAWonDealWithdrawsTheWinAndLosingItLaterCountsTheLoss() {
        var deal = opportunity(10, 2, "1000.00", "OPEN");
        var won = opportunity(10, 2, "1000.00", "WON");
        pipe("opportunity", events.create("opportunity", deal));
        pipe("opportunity", events.update("opportunity", deal, won));
        String winId = fact(live(), "WON").id();

        pipe("opportunity", events.update("opportunity", won, deal));
        assertThat(live()).doesNotContainKey(winId);
        assertThat(published.get(winId).deleted()).isTrue();

        var lost = with(opportunity(10, 2, "1000.00", "LOST"), "closed_at", "2025-11-23T09:30:00Z");
        pipe("opportunity", events.update("opportunity", deal, lost));
        assertThat(live().values()).extracting(FunnelTransition::toStep)
                .containsExactlyInAnyOrder("OPPORTUNITY", "STAGE", "LOST");
    }

    @Test
    void movesArrivingBeforeTheirDealEndInTheSameFactsAsInOrder() {
        var deal = opportunity(10, 3, "1000.00", "OPEN");
        Event read = events.read("opportunity", deal, events.nextLsn(), 1_763_920_000_000L);
        Event first = events.create("opportunity_stage_move",
                row("opportunity_stage_move", 100, "opportunity_id", 10, "from_stage_id", 1, "to_stage_id", 2,
                        "moved_at", "2025-11-21T10:30:00Z"));
        Event second = events.create("opportunity_stage_move",
                row("opportunity_stage_move", 101, "opportunity_id", 10, "from_stage_id", 2, "to_stage_id", 3,
                        "moved_at", "2025-11-21T12:30:00Z"));

        pipe("opportunity", read); // a snapshot: the deal as it is now, in stage 3; its history comes as moves
        pipe("opportunity_stage_move", second);
        pipe("opportunity_stage_move", first);
        Map<String, FunnelTransition> outOfOrder = withoutVersions(live());

        assertThat(published.get("OPPORTUNITY:10:STAGE:3:" + CREATED_MS).deleted()).isTrue();
        assertThat(outOfOrder).containsKey("OPPORTUNITY:10:STAGE:1:" + CREATED_MS);
        assertThat(outOfOrder.get("OPPORTUNITY:10:MOVE:101").msInFromStep()).isEqualTo(2 * HOUR);

        driver.close();
        published.clear();
        startTopologyIn(stateDir.resolve("in-order"));
        pipe("opportunity_stage_move", first);
        pipe("opportunity", read);
        pipe("opportunity_stage_move", second);
        assertThat(withoutVersions(live())).isEqualTo(outOfOrder);
    }

    @Test
    void aFactWithdrawnAndBackAgainOutranksItsWithdrawalWhateverItsLsn() {
        var moveRow = row("opportunity_stage_move", 100, "opportunity_id", 10, "from_stage_id", 1, "to_stage_id", 3,
                "moved_at", "2025-11-21T10:30:00Z");
        // LSNs in this order: the move, its delete, then the deal's snapshot read; they arrive read, move, delete.
        Event move = events.create("opportunity_stage_move", moveRow);
        Event moveDeleted = events.delete("opportunity_stage_move", moveRow);
        Event read = events.read("opportunity", opportunity(10, 3, "1000.00", "OPEN"), events.nextLsn(),
                1_763_920_000_000L);
        String stage3 = "OPPORTUNITY:10:STAGE:3:" + CREATED_MS;

        pipe("opportunity", read);
        pipe("opportunity_stage_move", move);
        live();
        FunnelTransition withdrawn = published.get(stage3);
        assertThat(withdrawn.deleted()).isTrue();
        assertThat(withdrawn.version()).isGreaterThan(read.lsn());

        pipe("opportunity_stage_move", moveDeleted); // the first stage is the deal's own again
        FunnelTransition back = live().get(stage3);
        assertThat(moveDeleted.lsn()).isLessThan(withdrawn.version());
        assertThat(back.version()).isEqualTo(withdrawn.version() + 1);
        assertThat(back.sourceTsMs()).isPositive();
    }

    @Test
    void ownerAtTheTimeOfEachTransitionStaysWhenTheDealIsTransferred() {
        var deal = opportunity(10, 1, "1000.00", "OPEN");
        pipe("opportunity", events.create("opportunity", deal));
        move(100, 10, 1, 2, "2025-11-21T10:30:00Z");
        var transferred = with(with(deal, "owner_id", 8), "owner_dept_id", 4);
        pipe("opportunity", events.update("opportunity", deal, transferred));
        move(101, 10, 2, 3, "2025-11-22T10:30:00Z");

        Map<String, FunnelTransition> facts = live();
        assertThat(facts.get("OPPORTUNITY:10:MOVE:100").ownerId()).isEqualTo(1);
        assertThat(facts.get("OPPORTUNITY:10:MOVE:101")).satisfies(f -> {
            assertThat(f.ownerId()).isEqualTo(8);
            assertThat(f.ownerDeptId()).isEqualTo(4);
        });
    }

    @Test
    void deletedDealWithdrawsItsFactsAndItsCascadedMovesChangeNothingMore() {
        var deal = opportunity(10, 1, "1000.00", "OPEN");
        pipe("opportunity", events.create("opportunity", deal));
        var moveRow = move(100, 10, 1, 2, "2025-11-21T10:30:00Z");
        pipe("opportunity", events.delete("opportunity", deal));
        output.readRecordsToList();
        pipe("opportunity_stage_move", events.delete("opportunity_stage_move", moveRow));
        inputs.get("opportunity_stage_move").pipeInput("100", (String) null);

        assertThat(output.readRecordsToList()).isEmpty();
        assertThat(live()).isEmpty();
    }

    @Test
    void poisonEventGoesToTheDeadLetterTopicAndProcessingContinues() {
        inputs.get("lead").pipeInput("5", "{not json");
        pipe("lead", events.create("lead", row("lead", 6)));

        assertThat(deadLetters.readRecordsToList()).singleElement()
                .satisfies(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{not json"));
        assertThat(live()).containsOnlyKeys("LEAD:6:LEAD:" + CREATED_MS);
    }

    @Test
    void outputValueIsTheDocumentedJson() {
        Event create = pipe("lead", events.create("lead", row("lead", 5, "owner_id", 7, "owner_dept_id", 3)));

        byte[] json = FunnelTransition.serde().serializer().serialize("t", live().values().iterator().next());

        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"LEAD:5:LEAD:" + CREATED_MS + "\","
                + "\"entityType\":\"LEAD\",\"entityId\":5,\"fromStep\":\"\",\"fromStageId\":null,\"toStep\":\"LEAD\","
                + "\"toStageId\":null,\"at\":\"" + CREATED + "\",\"ownerId\":7,\"ownerDeptId\":3,\"source\":\"WEBSITE\","
                + "\"campaignId\":null,\"leadId\":5,\"customerId\":null,\"backward\":false,\"msInFromStep\":null,"
                + "\"deleted\":false,\"version\":" + create.lsn() + ",\"sourceTsMs\":" + create.tsMs() + "}");
    }

    @Test
    void onlyAStageMoveCrossesAnInternalTopic() {
        var builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties())));
        TopologyDescription topology = FunnelTopology.build(builder, Topics.DEFAULT).describe();

        Set<String> internal = topology.subtopologies().stream().flatMap(sub -> sub.nodes().stream())
                .filter(TopologyDescription.Source.class::isInstance)
                .flatMap(source -> ((TopologyDescription.Source) source).topicSet().stream())
                .filter(topic -> !topic.startsWith("cdc.")).collect(Collectors.toSet());
        Set<String> funnelNodes = topology.subtopologies().stream().flatMap(sub -> sub.nodes().stream())
                .map(TopologyDescription.Node::name)
                // the shared change streams' nodes (ChangeTables) are not this topology's
                .filter(name -> !name.matches("[a-z_]+-(parse|poison.*|valid|row)") && !name.startsWith("KSTREAM-"))
                .collect(Collectors.toSet());

        assertThat(internal).containsExactly(FunnelTopology.BY_OPPORTUNITY + "-repartition");
        assertThat(funnelNodes).allSatisfy(name -> assertThat(name).startsWith("funnel-"));
    }

    private void startTopologyIn(Path dir) {
        var props = streamsProperties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
        var builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        driver = new TopologyTestDriver(FunnelTopology.build(builder, Topics.DEFAULT), props);
        inputs.replaceAll((table, topic) -> driver.createInputTopic(Topics.cdc(table).name(),
                Serdes.String().serializer(), Serdes.String().serializer()));
        output = driver.createOutputTopic(FunnelTopology.FUNNEL_TRANSITION.name(), Serdes.String().deserializer(),
                FunnelTransition.serde().deserializer());
        pipe("opportunity_stage", events.create("opportunity_stage", stage(1, "Qualify", 1, "10.00")));
        pipe("opportunity_stage", events.create("opportunity_stage", stage(2, "Propose", 2, "50.00")));
        pipe("opportunity_stage", events.create("opportunity_stage", stage(3, "Negotiate", 3, "80.00")));
    }

    private Map<String, Object> move(long id, long dealId, long from, long to, String at) {
        var moveRow = row("opportunity_stage_move", id, "opportunity_id", dealId, "from_stage_id", from,
                "to_stage_id", to, "moved_at", at);
        pipe("opportunity_stage_move", events.create("opportunity_stage_move", moveRow));
        return moveRow;
    }

    private Event pipe(String table, Event event) {
        inputs.get(table).pipeInput(event.key(), event.value());
        return event;
    }

    /** The facts that hold now: every id's last value, retractions left out. */
    private Map<String, FunnelTransition> live() {
        for (TestRecord<String, FunnelTransition> record : output.readRecordsToList()) {
            assertThat(record.key()).isEqualTo(record.value().id());
            FunnelTransition before = published.get(record.key());
            if (before != null) {
                assertThat(record.value().version()).isGreaterThan(before.version());
            }
            published.put(record.key(), record.value());
        }
        return published.entrySet().stream().filter(e -> !e.getValue().deleted())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, FunnelTransition> withoutVersions(Map<String, FunnelTransition> facts) {
        return facts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().versioned(0, 0)));
    }

    private static FunnelTransition fact(Map<String, FunnelTransition> facts, String toStep) {
        return facts.values().stream().filter(f -> f.toStep().equals(toStep)).findFirst().orElseThrow();
    }

    private Properties streamsProperties() {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "funnel-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put("ensure.explicit.internal.resource.naming", true);
        return props;
    }
}
