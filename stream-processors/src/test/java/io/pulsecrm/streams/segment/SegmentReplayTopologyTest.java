package io.pulsecrm.streams.segment;

import static io.pulsecrm.streams.DebeziumEvents.row;
import static io.pulsecrm.streams.DebeziumEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.streams.DebeziumEvents;
import io.pulsecrm.streams.DebeziumEvents.Event;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reprocessing from zero, as a new application id does (stream-processors README): the cdc topics read again from
 * the beginning by a topology with empty stores. The whole history gives the same records again (same keys, values
 * and versions: ClickHouse keeps one of each); compacted topics (the latest row per key, deleted rows gone) give the
 * same members and the same features.
 */
class SegmentReplayTopologyTest {

    private static final String KEY_ACCOUNTS = """
            {"op":"AND","rules":[{"feature":"level","operator":"EQ","values":["KEY"]},
              {"feature":"received_total","operator":"GTE","values":["10000.00"]}]}""";
    private static final String KEY_WITH_CONTRACT = """
            {"op":"AND","rules":[{"feature":"level","operator":"EQ","values":["KEY"]},
              {"feature":"contract_count","operator":"GTE","values":[1]}]}""";
    private static final String IT = """
            {"op":"AND","rules":[{"feature":"industry","operator":"IN","values":["IT"]}]}""";

    @TempDir
    Path first;
    @TempDir
    Path second;

    private record Change(String table, Event event) {}

    private record Outputs(Map<String, CustomerFeaturesValue> features, Set<Long> keyAccounts, Set<Long> it,
            List<String> events) {}

    /** The e2e story and a few more: enter, exit, a rule edit, a deleted segment, a deleted customer. */
    private static List<Change> history() {
        DebeziumEvents events = new DebeziumEvents();
        List<Change> history = new ArrayList<>();
        var keyAccounts = SegmentMembershipTopologyTest.segment(1, KEY_ACCOUNTS);
        var it = SegmentMembershipTopologyTest.segment(2, IT);
        history.add(new Change("segment", events.create("segment", keyAccounts)));
        history.add(new Change("segment", events.create("segment", it)));
        var normal = row("customer", 10, "level", "NORMAL", "industry", "IT", "owner_id", 5L, "owner_dept_id", 50L);
        var key = with(normal, "level", "KEY");
        var other = row("customer", 11, "level", "KEY", "industry", "IT", "owner_id", 6L, "owner_dept_id", 60L);
        history.add(new Change("customer", events.create("customer", normal)));
        history.add(new Change("customer", events.create("customer", other)));
        history.add(new Change("customer", events.update("customer", normal, key)));
        history.add(new Change("contract", events.create("contract", row("contract", 20, "customer_id", 10L,
                "status", "APPROVED"))));
        var receipt = row("receipt", 30, "customer_id", 10L, "amount", "10000.00");
        history.add(new Change("receipt", events.create("receipt", receipt)));
        history.add(new Change("receipt", events.delete("receipt", receipt)));
        history.add(new Change("segment", events.update("segment", keyAccounts,
                with(keyAccounts, "rule", KEY_WITH_CONTRACT))));
        history.add(new Change("segment", events.delete("segment", it)));
        history.add(new Change("customer", events.delete("customer", other)));
        return history;
    }

    /** What a compacted topic still holds: the latest row of each key, deleted keys gone. */
    private static List<Change> compacted(List<Change> history) {
        Map<String, Change> latest = new LinkedHashMap<>();
        for (Change change : history) {
            String key = change.table() + ":" + change.event().key();
            latest.remove(key); // the latest goes to the end: replayed in the order it was written
            if (!change.event().value().contains("\"op\":\"d\"")) {
                latest.put(key, change);
            }
        }
        return List.copyOf(latest.values());
    }

    private static Outputs run(Path stateDir, List<Change> changes) {
        try (SegmentDriver driver = new SegmentDriver(stateDir, CustomerFeaturesTopologyTest.WALL_CLOCK)) {
            changes.forEach(c -> driver.pipe(c.table(), c.event()));
            Map<String, CustomerFeaturesValue> features = new LinkedHashMap<>();
            driver.newFeatures().forEach(f -> features.put(Long.toString(f.customerId()), f));
            return new Outputs(features, driver.membersOf(1), driver.membersOf(2),
                    driver.newEvents().stream().map(kv -> kv.key + "=" + kv.value).toList());
        }
    }

    @Test
    void replayingTheWholeHistoryFromZeroPublishesTheSameRecords() {
        List<Change> history = history();
        Outputs live = run(first, history);

        Outputs replayed = run(second, history);

        assertThat(live.keyAccounts()).containsExactly(10L);
        // 10 and 11 enter IT; 10 enters, leaves and re-enters key accounts; IT deleted: both exit
        assertThat(live.events()).hasSize(7);
        assertThat(replayed).isEqualTo(live);
    }

    @Test
    void replayingCompactedTopicsFromZeroEndsWithTheSameMembersAndFeatures() {
        List<Change> history = history();
        Outputs live = run(first, history);

        List<Change> compacted = compacted(history);
        assertThat(compacted).extracting(c -> c.table() + ":" + c.event().key())
                .containsExactly("customer:10", "contract:20", "segment:1");
        Outputs replayed = run(second, compacted);

        assertThat(replayed.keyAccounts()).isEqualTo(live.keyAccounts()).containsExactly(10L);
        assertThat(replayed.it()).isEqualTo(live.it()).isEmpty();
        assertThat(replayed.features().get("10")).usingRecursiveComparison().ignoringFields("version", "sourceTsMs")
                .isEqualTo(live.features().get("10"));
        assertThat(live.features().get("11").deleted()).isTrue();
        assertThat(replayed.features()).doesNotContainKey("11"); // never seen again: nothing to publish
    }
}
