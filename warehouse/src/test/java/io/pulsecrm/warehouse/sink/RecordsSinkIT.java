package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.CdcTestEvents.create;
import static io.pulsecrm.warehouse.sink.CdcTestEvents.delete;
import static io.pulsecrm.warehouse.sink.CdcTestEvents.update;
import static io.pulsecrm.warehouse.sink.SinkFixture.deadLetter;
import static io.pulsecrm.warehouse.sink.SinkFixture.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

/** The reps' records on the real local stack: {@code cdc.<table>} into the ClickHouse table of that name, read with FINAL. */
class RecordsSinkIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final RunningSink running = new RunningSink("records-it");

    @Test
    void everyRecordTopicLandsAsItsLatestVersionAndAReplayFromTheStartConvergesToTheSameRows() throws Exception {
        long base = ThreadLocalRandom.current().nextLong(1_000, 1_000_000_000) * 1_000;
        Map<String, Long> ids = new HashMap<>();
        long next = base;
        for (String table : RecordEvents.tables()) {
            long id = ++next;
            ids.put(table, id);
            ObjectNode row = RecordEvents.row(table, id);
            ObjectNode moved = row.deepCopy().put("owner_dept_id", 22);
            running.send("cdc." + table, Long.toString(id), create(table, row.toString(), 100));
            running.send("cdc." + table, Long.toString(id), update(table, row.toString(), moved.toString(), 110));
            // a duplicate of the insert arriving late must not win over the newer version
            running.send("cdc." + table, Long.toString(id), create(table, row.toString(), 100));
        }
        long gone = ++next;
        String customer = RecordEvents.row("customer", gone).toString();
        running.send("cdc.customer", Long.toString(gone), create("customer", customer, 100));
        running.send("cdc.customer", Long.toString(gone), delete("customer", customer, 120));
        running.send("cdc.customer", Long.toString(gone), null);

        await("records of " + base).atMost(WAIT).untilAsserted(() -> {
            for (var entry : ids.entrySet()) {
                assertThat(rowsOf(entry.getKey(), entry.getValue())).as(entry.getKey()).hasSize(1)
                        .allMatch(row -> row.contains(",110,0,"), "the update's version, not deleted");
            }
        });
        await("caught up").atMost(WAIT).until(running.sink()::caughtUp);
        assertThat(rowsOf("customer", gone)).as("deleted").isEmpty();
        assertThat(running.strings("SELECT toString(owner_dept_id) FROM customer FINAL WHERE id = ?", ids.get("customer")))
                .as("the owner's department as the latest row holds it").containsExactly("22");
        assertThat(running.strings("SELECT concat(toString(amount), ' ', toString(received_on), ' ', method) FROM receipt FINAL "
                + "WHERE id = ?", ids.get("receipt"))).containsExactly("30000.5 2025-11-23 WECHAT");
        assertThat(running.strings("SELECT toString(isNull(lead_id)) FROM customer FINAL WHERE id = ?", ids.get("customer")))
                .as("NULL stays NULL").containsExactly("1");
        assertThat(running.strings("SELECT toString(created_at) FROM campaign_cost FINAL WHERE id = ?", ids.get("campaign_cost")))
                .containsExactly("2025-11-20 08:15:30.123");
        Map<String, List<String>> before = new HashMap<>();
        for (var entry : ids.entrySet()) {
            before.put(entry.getKey(), rowsOf(entry.getKey(), entry.getValue()));
        }

        try (SinkFixture replay = SinkFixture.start("records-it-replay")) {
            await("replay caught up").atMost(WAIT).until(replay::caughtUp);
        }

        for (var entry : ids.entrySet()) {
            assertThat(rowsOf(entry.getKey(), entry.getValue())).as(entry.getKey() + " after the replay")
                    .isEqualTo(before.get(entry.getKey()));
        }
        assertThat(rowsOf("customer", gone)).isEmpty();
    }

    @Test
    void aReceiptWithFractionsOfACentIsDeadLetteredWithItsReasonAndTheNextOneLands() throws Exception {
        long receipt = ThreadLocalRandom.current().nextLong(1_000, 1_000_000_000) * 1_000;
        String poison = RecordEvents.row("receipt", receipt).put("amount", "10.005").toString();
        running.send("cdc.receipt", Long.toString(receipt), create("receipt", poison, 100));
        running.send("cdc.receipt", Long.toString(receipt), create("receipt",
                RecordEvents.row("receipt", receipt).put("amount", "10.01").toString(), 110));

        ConsumerRecord<String, String> dead = await("dead letter").atMost(WAIT)
                .until(() -> deadLetter(Long.toString(receipt)), Optional::isPresent).orElseThrow();
        assertThat(header(dead, "crm.dlq.reason")).isEqualTo("after.amount is more than 2 decimal places");
        assertThat(header(dead, "crm.dlq.topic")).isEqualTo("cdc.receipt");
        await("the next receipt").atMost(WAIT).untilAsserted(() -> assertThat(
                running.strings("SELECT toString(amount) FROM receipt FINAL WHERE id = ?", receipt)).containsExactly("10.01"));
    }

    /** The table's rows for one id under FINAL, each as the text of all its columns but the insert time. */
    private static List<String> rowsOf(String table, long id) throws SQLException {
        // table names are this test's constants (the routes' tables), never input
        return running.strings("SELECT toString(tuple(* EXCEPT (inserted_at))) FROM " + table + " FINAL WHERE id = ?", id);
    }

}
