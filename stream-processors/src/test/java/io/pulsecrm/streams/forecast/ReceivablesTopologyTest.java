package io.pulsecrm.streams.forecast;

import static io.pulsecrm.streams.DebeziumEvents.row;
import static io.pulsecrm.streams.DebeziumEvents.with;
import static io.pulsecrm.streams.forecast.ForecastTopologyTest.input;
import static io.pulsecrm.streams.forecast.ForecastTopologyTest.pipe;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.streams.DebeziumEvents;
import io.pulsecrm.streams.DebeziumEvents.Event;
import io.pulsecrm.streams.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receivables: payment plans against the receipts linked to them, summed in the stream. */
class ReceivablesTopologyTest {

    private static final String PLAN = "payment_plan";
    private static final String RECEIPT = "receipt";
    private static final int DUE = 20_485; // 2026-02-01

    @TempDir
    Path stateDir;

    private final DebeziumEvents events = new DebeziumEvents();
    private TopologyTestDriver driver;
    private TestInputTopic<String, String> plans;
    private TestInputTopic<String, String> receipts;
    private TestOutputTopic<String, Receivable> receivables;
    private TestOutputTopic<String, byte[]> deadLetters;

    private final Map<String, Object> plan = row(PLAN, 5, "contract_id", 40L, "amount", "1000.00", "due_date", DUE,
            "owner_id", 7L, "owner_dept_id", 3L);

    @BeforeEach
    void startTopology() {
        Properties props = ForecastTopologyTest.properties(stateDir);
        driver = new TopologyTestDriver(
                ForecastTopology.build(new StreamsBuilder(new TopologyConfig(new StreamsConfig(props))), Topics.DEFAULT),
                props);
        plans = input(driver, PLAN);
        receipts = input(driver, RECEIPT);
        receivables = driver.createOutputTopic(ForecastTopology.RECEIVABLE.name(), Serdes.String().deserializer(),
                Receivable.serde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DLQ_CDC.name(), Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void planWithoutReceiptsIsOutstandingInFull() {
        Event created = events.create(PLAN, plan);

        pipe(plans, created);

        assertThat(receivables.readKeyValue()).satisfies(kv -> {
            assertThat(kv.key).isEqualTo("5");
            assertThat(kv.value).isEqualTo(new Receivable(5, 40, 7, 3, "2026-02-01", "1000.00", 0, "0.00", "1000.00",
                    false, created.lsn(), created.tsMs()));
        });
    }

    @Test
    void outputValueIsTheDocumentedJson() {
        Event created = events.create(PLAN, plan);
        pipe(plans, created);

        assertThat(new String(Receivable.serde().serializer().serialize("t", receivables.readValue()), StandardCharsets.UTF_8))
                .isEqualTo("{\"planId\":5,\"contractId\":40,\"ownerId\":7,\"ownerDeptId\":3,\"dueDate\":\"2026-02-01\","
                        + "\"amount\":\"1000.00\",\"receipts\":0,\"received\":\"0.00\",\"outstanding\":\"1000.00\","
                        + "\"deleted\":false,\"version\":" + created.lsn() + ",\"sourceTsMs\":" + created.tsMs() + "}");
    }

    @Test
    void receiptsLinkedToThePlanAreSummedAndOnesWithoutAPlanAreNot() {
        pipe(plans, events.create(PLAN, plan));
        pipe(receipts, events.create(RECEIPT, receipt(1, 5L, "300.00")));
        pipe(receipts, events.create(RECEIPT, receipt(2, null, "50.00")));
        Event second = events.create(RECEIPT, receipt(3, 5L, "200.50"));
        pipe(receipts, second);

        assertThat(receivables.readKeyValuesToMap().get("5")).satisfies(r -> {
            assertThat(r.receipts()).isEqualTo(2);
            assertThat(r.received()).isEqualTo("500.50");
            assertThat(r.outstanding()).isEqualTo("499.50");
            assertThat(r.version()).isEqualTo(second.lsn());
        });
    }

    @Test
    void receiptsArrivingBeforeTheirPlanCountOnceItArrives() {
        pipe(receipts, events.create(RECEIPT, receipt(1, 5L, "300.00")));
        assertThat(receivables.isEmpty()).isTrue();

        pipe(plans, events.create(PLAN, plan));

        assertThat(receivables.readValue().received()).isEqualTo("300.00");
    }

    @Test
    void deletedReceiptGivesItsMoneyBackAndAReplayOfItDoesNotReturnIt() {
        pipe(plans, events.create(PLAN, plan));
        var paid = receipt(1, 5L, "300.00");
        Event created = events.create(RECEIPT, paid);
        pipe(receipts, created);

        pipe(receipts, events.delete(RECEIPT, paid));
        receipts.pipeInput("1", (String) null);
        pipe(receipts, created);
        pipe(receipts, created);

        assertThat(receivables.readValuesToList()).extracting(Receivable::received)
                .containsExactly("0.00", "300.00", "0.00");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void planChangesAreFollowedAndADeletedPlanIsPublishedAsDeleted() {
        pipe(plans, events.create(PLAN, plan));
        var moved = with(with(plan, "due_date", DUE + 30), "amount", "1200.00");
        pipe(plans, events.update(PLAN, plan, moved));
        var transferred = with(with(moved, "owner_id", 8L), "owner_dept_id", 4L);
        pipe(plans, events.update(PLAN, moved, transferred));
        Event delete = events.delete(PLAN, transferred);
        pipe(plans, delete);
        plans.pipeInput("5", (String) null);

        assertThat(receivables.readValuesToList()).extracting(r -> r.dueDate() + " " + r.outstanding() + " " + r.ownerId()
                + "/" + r.ownerDeptId() + (r.deleted() ? " deleted" : "")).containsExactly(
                "2026-02-01 1000.00 7/3", "2026-03-03 1200.00 7/3", "2026-03-03 1200.00 8/4", "2026-03-03 1200.00 8/4 deleted");
    }

    @Test
    void poisonReceiptIsDeadLetteredAndTheNextOneCounts() {
        pipe(plans, events.create(PLAN, plan));
        receipts.pipeInput("1", "{\"op\":\"c\",\"source\":{\"lsn\":1,\"ts_ms\":2},\"after\":{\"id\":1,\"amount\":\"x\"}}");
        pipe(receipts, events.create(RECEIPT, receipt(2, 5L, "10.00")));

        assertThat(deadLetters.readKeyValue().key).isEqualTo("1");
        assertThat(receivables.readKeyValuesToMap().get("5").received()).isEqualTo("10.00");
    }

    private static Map<String, Object> receipt(long id, Long planId, String amount) {
        return row(RECEIPT, id, "contract_id", 40L, "plan_id", planId, "amount", amount, "owner_id", 7L,
                "owner_dept_id", 3L);
    }
}
