package io.pulsecrm.streams.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.streams.CrmDatabase;
import io.pulsecrm.streams.TopicTail;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A table added to the captured set of a deployment that already streams: the rows it held before arrive (Debezium's
 * incremental snapshot, asked for by {@link Backfill}), and nothing written while the service was down is lost.
 */
class BackfillIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> OLD_SET = List.of("public.opportunity_stage");
    private static final List<String> NEW_SET = List.of("public.opportunity_stage", "public.customer");

    @RegisterExtension
    final CdcTestEngine cdc = new CdcTestEngine();

    @Test
    void rowsOfANewlyCapturedTableArriveOnceAndChangesMadeWhileStoppedAreNotLost() throws Exception {
        CrmDatabase db = CdcTestEngine.database();
        String suffix = cdc.suffix;
        List<Long> existing = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            existing.add(db.insertCustomer("Existing " + i + " " + suffix));
        }
        cdc.start(OLD_SET, true);
        long stageSeen = db.insertStage("Seen " + suffix, "10.00");
        awaitKey("cdc.opportunity_stage", stageSeen, 1);
        cdc.stop();

        long changed = existing.get(0), deleted = existing.get(1), untouched = existing.get(2);
        db.queryLong("update customer set level = 'KEY', version = version + 1 where id = ? returning id", changed);
        db.queryLong("delete from customer where id = ? returning id", deleted);
        long added = db.insertCustomer("Added while stopped " + suffix);
        long stageWhileStopped = db.insertStage("While stopped " + suffix, "20.00");
        // as a deployment from before the signal table had it: the backfill must publish it before signalling
        db.sql("alter publication pub_" + suffix + " drop table " + CdcConfig.SIGNAL_TABLE);
        cdc.start(NEW_SET, true);

        Set<Long> expected = new TreeSet<>(existing);
        expected.remove(deleted);
        expected.add(added);
        Map<Long, List<JsonNode>> byId = awaitCustomers(expected, deleted);
        assertThat(byId.keySet()).as("exactly the rows the table holds: not the one deleted meanwhile")
                .containsExactlyInAnyOrderElementsOf(expected);
        byId.forEach((id, events) -> {
            assertThat(events).as("customer " + id + " read once").hasSize(1);
            JsonNode read = events.getFirst();
            assertThat(read.get("op").asString()).isEqualTo("r");
            assertThat(read.at("/source/snapshot").asString()).isEqualTo("incremental");
            assertThat(read.at("/source/lsn").isIntegralNumber()).as("downstream versions rows by LSN").isTrue();
            assertThat(read.at("/after/id").asLong()).isEqualTo(id);
            assertThat(read.get("after").has("phone")).as("personal columns stay out of a backfill too").isFalse();
        });
        assertThat(byId.get(changed).getFirst().at("/after/level").asString()).as("the state of now").isEqualTo("KEY");
        awaitKey("cdc.opportunity_stage", stageWhileStopped, 1);
        assertThat(Files.readAllLines(cdc.dataDir().resolve("offsets.dat.tables"))).containsExactlyElementsOf(NEW_SET);

        db.queryLong("update customer set level = 'SMALL', version = version + 1 where id = ? returning id", untouched);
        List<ConsumerRecord<String, String>> afterRestart = awaitKey("cdc.customer", untouched, 2);
        JsonNode update = JSON.readTree(afterRestart.get(1).value());
        assertThat(update.get("op").asString()).as("streamed on after the snapshot").isEqualTo("u");
        assertThat(update.at("/source/lsn").asLong())
                .isGreaterThan(JSON.readTree(afterRestart.get(0).value()).at("/source/lsn").asLong());
    }

    private static List<ConsumerRecord<String, String>> awaitKey(String topicName, long id, int count) {
        try (var topic = new TopicTail(CdcTestEngine.kafka(), topicName)) {
            return await(topicName + " " + id).atMost(CdcTestEngine.TIMEOUT)
                    .until(() -> topic.forKey(Long.toString(id)), r -> r.size() >= count);
        }
    }

    /** The change events of the expected customers and of the one deleted meanwhile, once every expected one arrived. */
    private static Map<Long, List<JsonNode>> awaitCustomers(Set<Long> expected, long deleted) {
        Set<String> keys = expected.stream().map(String::valueOf).collect(Collectors.toSet());
        Set<String> watched = new java.util.HashSet<>(keys);
        watched.add(Long.toString(deleted));
        try (var topic = new TopicTail(CdcTestEngine.kafka(), "cdc.customer")) {
            List<ConsumerRecord<String, String>> ours = await("backfill").atMost(CdcTestEngine.TIMEOUT).until(
                    () -> topic.poll().stream().filter(r -> watched.contains(r.key())).toList(),
                    r -> r.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(keys));
            return ours.stream().collect(Collectors.groupingBy(r -> Long.parseLong(r.key()), java.util.TreeMap::new,
                    Collectors.mapping(r -> JSON.readTree(r.value()), Collectors.toList())));
        }
    }
}
