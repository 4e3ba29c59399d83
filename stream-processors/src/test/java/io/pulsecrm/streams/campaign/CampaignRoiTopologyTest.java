package io.pulsecrm.streams.campaign;

import static io.pulsecrm.streams.DebeziumEvents.opportunity;
import static io.pulsecrm.streams.DebeziumEvents.row;
import static io.pulsecrm.streams.DebeziumEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.streams.DebeziumEvents;
import io.pulsecrm.streams.DebeziumEvents.Event;
import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
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

/**
 * Campaign ROI from Debezium-shaped changes of campaign_cost, lead, customer, opportunity, contract and receipt:
 * what each model credits, re-attribution with before-images, deletes, tombstones, replays and poison events.
 * Campaign 1 brings the lead (first touch), campaign 2 is on the deal (last touch).
 */
class CampaignRoiTopologyTest {

    private static final String FIRST = CampaignRoi.FIRST_TOUCH;
    private static final String LAST = CampaignRoi.LAST_TOUCH;

    @TempDir
    Path stateDir;

    private final DebeziumEvents events = new DebeziumEvents();
    private final Map<String, TestInputTopic<String, String>> inputs = new HashMap<>();
    private final Map<String, CampaignRoi> latest = new LinkedHashMap<>();
    private TopologyTestDriver driver;
    private TestOutputTopic<String, CampaignRoi> output;
    private TestOutputTopic<String, byte[]> deadLetters;

    private final Map<String, Object> lead = row("lead", 50, "campaign_id", 1L, "status", "CONVERTED",
            "converted_at", "2025-11-21T09:30:00.000000Z", "converted_customer_id", 60L);
    private final Map<String, Object> customer = row("customer", 60, "lead_id", 50L, "campaign_id", 3L);
    private final Map<String, Object> deal = with(with(opportunity(70, 1, "5000.00", "WON"), "customer_id", 60L),
            "campaign_id", 2L);
    private final Map<String, Object> contract = row("contract", 80, "customer_id", 60L, "opportunity_id", 70L,
            "status", "APPROVED", "total_amount", "4800.00", "received_amount", "1200.50");
    private final Map<String, Object> receipt = row("receipt", 90, "contract_id", 80L, "customer_id", 60L,
            "amount", "1200.50");

    @BeforeEach
    void startTopology() {
        var props = streamsProperties();
        var builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
        driver = new TopologyTestDriver(CampaignRoiTopology.build(builder, Topics.DEFAULT), props);
        output = driver.createOutputTopic(CampaignRoi.TOPIC.name(), Serdes.String().deserializer(),
                CampaignRoi.serde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ_CDC.name(), Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void costEntriesAndLeadsCountForTheirOwnCampaignInBothModels() {
        pipe(events.create("campaign_cost", row("campaign_cost", 1, "campaign_id", 1L, "amount", "300.00")));
        pipe(events.create("campaign_cost", row("campaign_cost", 2, "campaign_id", 1L, "amount", "200.25")));
        pipe(events.create("lead", lead));
        Event last = events.create("lead", row("lead", 51, "campaign_id", 1L));
        pipe(last);

        for (String model : List.of(FIRST, LAST)) {
            CampaignRoi roi = figures(model, 1);
            assertThat(roi.cost()).isEqualTo("500.25");
            assertThat(roi.leads()).isEqualTo(2);
            assertThat(roi.opportunities()).isZero();
            assertThat(roi.version()).isEqualTo(last.lsn());
            assertThat(roi.sourceTsMs()).isEqualTo(last.tsMs());
        }
    }

    @Test
    void wonDealsMoneyGoesToTheDealsCampaignLastTouchAndToTheLeadsCampaignFirstTouch() {
        wholeChain();

        assertThat(figures(LAST, 2)).satisfies(roi -> assertMoney(roi, 1, "5000.00", 1, "5000.00", 1, "4800.00", 1, "1200.50"));
        assertThat(figures(FIRST, 1)).satisfies(roi -> assertMoney(roi, 1, "5000.00", 1, "5000.00", 1, "4800.00", 1, "1200.50"));
        assertThat(figures(LAST, 1)).as("the lead's campaign is not on the deal")
                .satisfies(roi -> assertMoney(roi, 0, "0.00", 0, "0.00", 0, "0.00", 0, "0.00"));
        // before the lead arrived, the customer's own campaign was its first touch: left again, with zeros
        assertThat(figures(FIRST, 3)).satisfies(roi -> assertMoney(roi, 0, "0.00", 0, "0.00", 0, "0.00", 0, "0.00"));
        assertThat(latest).doesNotContainKeys(key(FIRST, 2), key(LAST, 3));
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void outputValueIsTheDocumentedJson() {
        pipe(events.create("customer", customer));
        pipe(events.create("opportunity", deal));
        pipe(events.create("contract", contract));
        Event receipt = events.create("receipt", this.receipt);
        pipe(receipt);
        drain();
        CampaignRoi roi = figures(LAST, 2);

        String json = new String(CampaignRoi.serde().serializer().serialize("t", roi), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"model\":\"last_touch\",\"campaignId\":2,\"cost\":\"0.00\",\"leads\":0,"
                + "\"opportunities\":1,\"opportunityAmount\":\"5000.00\",\"won\":1,\"wonAmount\":\"5000.00\","
                + "\"contracts\":1,\"contractAmount\":\"4800.00\",\"receipts\":1,\"received\":\"1200.50\","
                + "\"version\":" + roi.version() + ",\"sourceTsMs\":" + roi.sourceTsMs() + "}");
        assertThat(roi.version()).isEqualTo(receipt.lsn());
    }

    @Test
    void reattributedDealMovesItsAmountContractsAndReceiptsToTheNewCampaign() {
        wholeChain();

        Event move = events.update("opportunity", deal, with(deal, "campaign_id", 4L));
        pipe(move);

        assertThat(figures(LAST, 2)).satisfies(roi -> {
            assertMoney(roi, 0, "0.00", 0, "0.00", 0, "0.00", 0, "0.00");
            assertThat(roi.version()).isEqualTo(move.lsn());
        });
        assertThat(figures(LAST, 4)).satisfies(roi -> assertMoney(roi, 1, "5000.00", 1, "5000.00", 1, "4800.00", 1, "1200.50"));
        assertThat(figures(FIRST, 1).received()).as("first touch does not move with the deal").isEqualTo("1200.50");
    }

    @Test
    void customerWhoseLeadChangesCampaignMovesItsFirstTouchMoney() {
        wholeChain();

        pipe(events.update("lead", lead, with(lead, "campaign_id", 5L)));

        assertThat(figures(FIRST, 1)).satisfies(roi -> {
            assertMoney(roi, 0, "0.00", 0, "0.00", 0, "0.00", 0, "0.00");
            assertThat(roi.leads()).isZero();
        });
        assertThat(figures(FIRST, 5)).satisfies(roi -> {
            assertMoney(roi, 1, "5000.00", 1, "5000.00", 1, "4800.00", 1, "1200.50");
            assertThat(roi.leads()).isEqualTo(1);
        });
    }

    @Test
    void customerWithoutACampaignOnItsLeadFallsBackToItsOwnCampaign() {
        wholeChain();

        pipe(events.update("lead", lead, with(lead, "campaign_id", null)));
        assertThat(figures(FIRST, 3).wonAmount()).isEqualTo("5000.00");
        assertThat(figures(FIRST, 1).wonAmount()).isEqualTo("0.00");

        var unlinked = with(customer, "lead_id", null);
        pipe(events.update("customer", customer, unlinked));
        pipe(events.update("lead", with(lead, "campaign_id", null), lead));
        assertThat(figures(FIRST, 3).wonAmount()).as("a lead the customer no longer names is not its first touch")
                .isEqualTo("5000.00");

        pipe(events.update("customer", unlinked, with(unlinked, "campaign_id", null)));
        assertThat(figures(FIRST, 3).wonAmount()).isEqualTo("0.00");
        assertThat(latest.keySet()).allMatch(k -> k.startsWith(LAST) || figures(k).wonAmount().equals("0.00"));
    }

    @Test
    void customerChangesThatKeepItsFirstTouchCountItsDealsOnce() {
        wholeChain();

        var dealt = with(with(customer, "deal_status", "DEAL"), "last_deal_at", "2025-11-22T10:00:00.000000Z");
        pipe(events.update("customer", customer, dealt));
        pipe(events.update("customer", dealt, with(dealt, "level", "KEY")));

        assertThat(figures(FIRST, 1)).satisfies(roi -> assertMoney(roi, 1, "5000.00", 1, "5000.00", 1, "4800.00", 1, "1200.50"));
    }

    @Test
    void changedReceiptAmountAndDeletedReceiptMoveCashExactly() {
        wholeChain();
        pipe(events.create("receipt", row("receipt", 91, "contract_id", 80L, "customer_id", 60L, "amount", "0.01")));

        var raised = with(receipt, "amount", "1300.00");
        pipe(events.update("receipt", receipt, raised));
        assertThat(figures(LAST, 2).received()).isEqualTo("1300.01");

        Event delete = events.delete("receipt", raised);
        pipe(delete);
        inputs.get("receipt").pipeInput("90", (String) null);

        for (CampaignRoi roi : List.of(figures(LAST, 2), figures(FIRST, 1))) {
            assertThat(roi.receipts()).isEqualTo(1);
            assertThat(roi.received()).isEqualTo("0.01");
            assertThat(roi.wonAmount()).isEqualTo("5000.00");
        }
        assertThat(figures(LAST, 2).version()).isEqualTo(delete.lsn());
        assertThat(deadLetters.isEmpty()).as("a tombstone is no poison").isTrue();
    }

    @Test
    void contractCountsOnceApprovedAndLeavesWhenCancelledOrUnlinkedKeepingNoCash() {
        var draft = with(contract, "status", "DRAFT");
        pipe(events.create("customer", customer));
        pipe(events.create("opportunity", deal));
        pipe(events.create("contract", draft));
        assertThat(figures(LAST, 2).contracts()).isZero();

        pipe(events.update("contract", draft, contract));
        assertThat(figures(LAST, 2).contractAmount()).isEqualTo("4800.00");
        pipe(events.create("receipt", receipt));

        pipe(events.update("contract", contract, with(contract, "opportunity_id", null)));
        assertThat(figures(LAST, 2)).satisfies(roi -> assertMoney(roi, 1, "5000.00", 1, "5000.00", 0, "0.00", 0, "0.00"));
    }

    @Test
    void lostAndDeletedDealsLeaveWonRevenueAndTheirCampaign() {
        wholeChain();

        var lost = with(with(deal, "status", "LOST"), "lost_reason", "price");
        pipe(events.update("opportunity", deal, lost));
        assertThat(figures(LAST, 2)).satisfies(roi -> assertMoney(roi, 1, "5000.00", 0, "0.00", 1, "4800.00", 1, "1200.50"));

        pipe(events.delete("opportunity", lost));
        inputs.get("opportunity").pipeInput("70", (String) null);
        assertThat(figures(LAST, 2)).satisfies(roi -> assertMoney(roi, 0, "0.00", 0, "0.00", 0, "0.00", 0, "0.00"));
        assertThat(figures(FIRST, 1).opportunities()).isZero();
    }

    @Test
    void deletedCostEntryAndLeadLeaveTheCampaign() {
        var cost = row("campaign_cost", 1, "campaign_id", 1L, "amount", "300.00");
        pipe(events.create("campaign_cost", cost));
        pipe(events.create("lead", lead));

        pipe(events.delete("campaign_cost", cost));
        pipe(events.delete("lead", lead));

        assertThat(figures(FIRST, 1)).satisfies(roi -> {
            assertThat(roi.cost()).isEqualTo("0.00");
            assertThat(roi.leads()).isZero();
        });
    }

    @Test
    void replayingTheSameHistoryOutOfOrderChangesNothing() {
        List<Event> history = wholeChain();
        Event move = events.update("opportunity", deal, with(deal, "campaign_id", 4L));
        pipe(move);
        drain();
        Map<String, CampaignRoi> once = Map.copyOf(latest);

        for (int i = history.size() - 1; i >= 0; i--) {
            pipe(history.get(i));
        }
        pipe(move);

        assertThat(output.readRecordsToList()).as("duplicates and stale replays publish nothing").isEmpty();
        assertThat(latest).isEqualTo(once);
    }

    @Test
    void stageMoveOfAnAttributedDealPublishesNothing() {
        wholeChain();

        pipe(events.update("opportunity", deal, with(deal, "stage_id", 2L)));

        assertThat(output.readRecordsToList()).isEmpty();
    }

    @Test
    void poisonEventGoesToTheDeadLetterTopicAndTheNextGoodEventIsStillProcessed() {
        inputs.computeIfAbsent("receipt", this::input).pipeInput("90",
                "{\"before\":null,\"after\":{\"id\":90,\"contract_id\":80},\"source\":{\"lsn\":1,\"ts_ms\":2},\"op\":\"c\"}");
        pipe(events.create("campaign_cost", row("campaign_cost", 1, "campaign_id", 1L, "amount", "300.00")));

        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("90");
        assertThat(header(dead, DeadLetters.TOPIC)).isEqualTo("cdc.receipt");
        assertThat(header(dead, DeadLetters.REASON)).contains("missing field");
        assertThat(figures(FIRST, 1).cost()).isEqualTo("300.00");
    }

    @Test
    void versionIsStrictlyIncreasingPerKey() {
        List<TestRecord<String, CampaignRoi>> records = new java.util.ArrayList<>();
        wholeChain();
        pipe(events.update("opportunity", deal, with(deal, "campaign_id", 1L)));
        pipe(events.update("lead", lead, with(lead, "campaign_id", 2L)));
        records.addAll(output.readRecordsToList());

        Map<String, Long> last = new HashMap<>();
        for (var r : records) {
            Long previous = last.put(r.key(), r.value().version());
            if (previous != null) {
                assertThat(r.value().version()).as(r.key()).isGreaterThan(previous);
            }
        }
        assertThat(last).isNotEmpty();
    }

    @Test
    void onlyTheCustomerToLeadLookupIsAForeignKeyJoin() {
        var builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties())));
        TopologyDescription topology = CampaignRoiTopology.build(builder, Topics.DEFAULT).describe();
        Set<String> internal = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : topology.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source) {
                    source.topicSet().stream().filter(t -> !t.startsWith("cdc.")).forEach(internal::add);
                }
            }
        }

        assertThat(internal).containsExactlyInAnyOrder(
                "campaign-roi-receipt-by-contract-repartition", "campaign-roi-contract-by-deal-repartition",
                "campaign-roi-deal-by-customer-repartition", "campaign-roi-last-touch-repartition",
                "campaign-roi-first-touch-by-campaign-repartition", "campaign-roi-cost-by-campaign-repartition",
                "campaign-roi-lead-by-campaign-repartition",
                "campaign-roi-customer-lead-subscription-registration-topic",
                "campaign-roi-customer-lead-subscription-response-topic");
    }

    /** Lead → customer → won deal → approved contract → receipt, in an order the pipeline does not promise. */
    private List<Event> wholeChain() {
        List<Event> history = List.of(
                events.create("receipt", receipt),
                events.create("opportunity", deal),
                events.create("contract", contract),
                events.create("customer", customer),
                events.create("lead", lead));
        history.forEach(this::pipe);
        drain();
        return history;
    }

    private static void assertMoney(CampaignRoi roi, long opportunities, String opportunityAmount, long won,
            String wonAmount, long contracts, String contractAmount, long receipts, String received) {
        assertThat(roi.opportunities()).as("opportunities").isEqualTo(opportunities);
        assertThat(roi.opportunityAmount()).as("opportunity amount").isEqualTo(opportunityAmount);
        assertThat(roi.won()).as("won").isEqualTo(won);
        assertThat(roi.wonAmount()).as("won amount").isEqualTo(wonAmount);
        assertThat(roi.contracts()).as("contracts").isEqualTo(contracts);
        assertThat(roi.contractAmount()).as("contract amount").isEqualTo(contractAmount);
        assertThat(roi.receipts()).as("receipts").isEqualTo(receipts);
        assertThat(roi.received()).as("received").isEqualTo(received);
    }

    private CampaignRoi figures(String model, long campaign) {
        return figures(key(model, campaign));
    }

    private CampaignRoi figures(String key) {
        drain();
        assertThat(latest).as("published keys").containsKey(key);
        return latest.get(key);
    }

    private void drain() {
        output.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));
    }

    private static String key(String model, long campaign) {
        return model + ":" + campaign;
    }

    private void pipe(Event event) {
        String table = new tools.jackson.databind.json.JsonMapper().readTree(event.value()).get("source").get("table")
                .asString();
        inputs.computeIfAbsent(table, this::input).pipeInput(event.key(), event.value());
    }

    private TestInputTopic<String, String> input(String table) {
        return driver.createInputTopic(Topics.cdc(table).name(), Serdes.String().serializer(), Serdes.String().serializer());
    }

    private Properties streamsProperties() {
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "campaign-roi-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put("ensure.explicit.internal.resource.naming", true);
        return props;
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
