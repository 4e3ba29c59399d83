package io.pulsecrm.streams.segment;

import static io.pulsecrm.streams.DebeziumEvents.row;
import static io.pulsecrm.streams.DebeziumEvents.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.streams.DebeziumEvents;
import io.pulsecrm.streams.DebeziumEvents.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentMembershipTopologyTest {

    private static final String IT = """
            {"op":"AND","rules":[{"feature":"industry","operator":"IN","values":["IT"]}]}""";
    private static final String FINANCE = """
            {"op":"AND","rules":[{"feature":"industry","operator":"IN","values":["FINANCE"]}]}""";
    private static final String FOLLOWED_UP = """
            {"op":"AND","rules":[{"feature":"follow_ups_30d","operator":"GTE","values":[1]}]}""";

    @TempDir
    Path stateDir;

    private final DebeziumEvents events = new DebeziumEvents();
    private SegmentDriver driver;

    @BeforeEach
    void start() {
        driver = new SegmentDriver(stateDir, CustomerFeaturesTopologyTest.WALL_CLOCK);
    }

    @AfterEach
    void close() {
        driver.close();
    }

    static Map<String, Object> segment(long id, String rule) {
        var row = new LinkedHashMap<String, Object>();
        row.put("id", id);
        row.put("name", "Segment " + id);
        row.put("description", null);
        row.put("rule", rule);
        row.put("owner_id", 7);
        row.put("owner_dept_id", 70);
        row.put("created_at", "2025-11-21T09:30:00.000000Z");
        row.put("updated_at", "2025-11-21T09:30:00.000000Z");
        row.put("version", 0);
        return row;
    }

    @Test
    void customerEntersWhenItsChangeMatchesAndExitsWhenItNoLongerDoes() {
        driver.pipe("segment", events.create("segment", segment(1, IT)));
        var customer = row("customer", 10, "industry", "RETAIL");
        driver.pipe("customer", events.create("customer", customer));
        assertThat(driver.newEvents()).isEmpty();

        var it = with(customer, "industry", "IT");
        Event enter = events.update("customer", customer, it);
        driver.pipe("customer", enter);
        Event exit = events.update("customer", it, with(it, "industry", "FINANCE"));
        driver.pipe("customer", exit);

        assertThat(driver.newEvents()).extracting(kv -> kv.key, kv -> kv.value.kind(), kv -> kv.value.atMs())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1:10:" + enter.tsMs() + ":ENTER", "ENTER", enter.tsMs()),
                        org.assertj.core.groups.Tuple.tuple("1:10:" + exit.tsMs() + ":EXIT", "EXIT", exit.tsMs()));
        assertThat(driver.member(1, 10)).satisfies(m -> {
            assertThat(m.member()).isFalse();
            assertThat(m.sinceMs()).isEqualTo(exit.tsMs());
            assertThat(m.version()).isEqualTo(exit.lsn());
        });
    }

    @Test
    void membershipValueAndEventAreTheDocumentedJson() {
        driver.pipe("segment", events.create("segment", segment(1, IT)));
        Event insert = events.create("customer", row("customer", 10, "industry", "IT", "owner_id", 5L,
                "owner_dept_id", 50L));
        driver.pipe("customer", insert);

        String member = new String(SegmentMember.serde().serializer().serialize("t", driver.member(1, 10)),
                StandardCharsets.UTF_8);
        String event = new String(SegmentMemberEvent.serde().serializer().serialize("t",
                driver.newEvents().getFirst().value), StandardCharsets.UTF_8);

        assertThat(member).isEqualTo("{\"segmentId\":1,\"customerId\":10,\"member\":true,\"ownerId\":5,"
                + "\"ownerDeptId\":50,\"sinceMs\":" + insert.tsMs() + ",\"version\":" + insert.lsn() + ",\"sourceTsMs\":"
                + insert.tsMs() + "}");
        assertThat(event).isEqualTo("{\"segmentId\":1,\"customerId\":10,\"kind\":\"ENTER\",\"atMs\":" + insert.tsMs()
                + ",\"ownerId\":5,\"ownerDeptId\":50,\"version\":" + insert.lsn() + "}");
    }

    @Test
    void editingASegmentMovesCustomersInAndOutAtTheEditsCommitTime() {
        driver.pipe("customer", events.create("customer", row("customer", 10, "industry", "IT")));
        driver.pipe("customer", events.create("customer", row("customer", 11, "industry", "FINANCE")));
        driver.pipe("customer", events.create("customer", row("customer", 12, "industry", "RETAIL")));
        var created = segment(1, IT);
        driver.pipe("segment", events.create("segment", created));
        assertThat(driver.membersOf(1)).containsExactly(10L);
        driver.newEvents();

        Event edit = events.update("segment", created, with(created, "rule", FINANCE));
        driver.pipe("segment", edit);

        assertThat(driver.membersOf(1)).containsExactly(11L);
        assertThat(driver.newEvents()).extracting(kv -> kv.value.customerId() + " " + kv.value.kind())
                .containsExactlyInAnyOrder("10 EXIT", "11 ENTER")
                .hasSize(2);
        assertThat(driver.member(1, 10).sinceMs()).isEqualTo(edit.tsMs());
    }

    @Test
    void deletingASegmentExitsAllItsMembersAndAStaleReplayDoesNotBringItBack() {
        var created = segment(1, IT);
        Event create = events.create("segment", created);
        driver.pipe("segment", create);
        driver.pipe("customer", events.create("customer", row("customer", 10, "industry", "IT")));
        driver.pipe("customer", events.create("customer", row("customer", 11, "industry", "IT")));
        driver.newEvents();

        driver.pipe("segment", events.delete("segment", created));
        driver.pipeRaw("segment", "1", null);
        driver.pipe("segment", create);

        assertThat(driver.membersOf(1)).isEmpty();
        assertThat(driver.newEvents()).extracting(kv -> kv.value.kind()).containsExactly("EXIT", "EXIT");
    }

    @Test
    void duplicateAndStaleCustomerChangesPublishNoEvent() {
        driver.pipe("segment", events.create("segment", segment(1, IT)));
        var customer = row("customer", 10, "industry", "IT");
        Event create = events.create("customer", customer);
        Event leave = events.update("customer", customer, with(customer, "industry", "RETAIL"));
        driver.pipe("customer", create);
        driver.pipe("customer", leave);
        driver.newEvents();

        driver.pipe("customer", create);
        driver.pipe("customer", leave);
        driver.pipe("customer", create);

        assertThat(driver.newEvents()).isEmpty();
        assertThat(driver.membersOf(1)).isEmpty();
    }

    @Test
    void newDayExitsCustomersWhoseLastFollowUpLeftTheWindowAtTheStartOfTheDay() {
        driver.pipe("segment", events.create("segment", segment(1, FOLLOWED_UP)));
        driver.pipe("segment", events.create("segment", segment(2, IT)));
        driver.pipe("customer", events.create("customer", row("customer", 10, "industry", "IT")));
        // 2025-10-26 in Shanghai: the last day of the 30 days on 2025-11-24
        driver.pipe("follow_up", events.create("follow_up", row("follow_up", 51, "customer_id", 10L,
                "occurred_at", "2025-10-25T16:00:00Z")));
        assertThat(driver.membersOf(1)).containsExactly(10L);
        driver.newEvents();

        driver.advanceWallClock(Duration.ofMinutes(1));
        driver.advanceWallClock(Duration.ofDays(1));

        assertThat(driver.newEvents()).singleElement().satisfies(kv -> {
            assertThat(kv.value.segmentId()).isEqualTo(1);
            assertThat(kv.value.kind()).isEqualTo("EXIT");
            assertThat(kv.value.atMs()).isEqualTo(Instant.parse("2025-11-24T16:00:00Z").toEpochMilli());
        });
        assertThat(driver.membersOf(2)).containsExactly(10L);
    }

    @Test
    void deletedCustomerLeavesEverySegment() {
        driver.pipe("segment", events.create("segment", segment(1, IT)));
        var customer = row("customer", 10, "industry", "IT");
        driver.pipe("customer", events.create("customer", customer));

        driver.pipe("customer", events.delete("customer", customer));

        assertThat(driver.membersOf(1)).isEmpty();
    }

    @Test
    void transferredMemberIsRepublishedWithItsNewOwnerWithoutAnEvent() {
        driver.pipe("segment", events.create("segment", segment(1, IT)));
        var customer = row("customer", 10, "industry", "IT");
        Event create = events.create("customer", customer);
        driver.pipe("customer", create);
        driver.newEvents();

        driver.pipe("customer", events.update("customer", customer, with(with(customer, "owner_id", 6L),
                "owner_dept_id", 60L)));

        assertThat(driver.newEvents()).isEmpty();
        assertThat(driver.member(1, 10)).satisfies(m -> {
            assertThat(m.member()).isTrue();
            assertThat(m.ownerId()).isEqualTo(6L);
            assertThat(m.sinceMs()).isEqualTo(create.tsMs());
        });
    }

    @Test
    void segmentWithAnInvalidRuleMatchesNobodyAndTheStreamGoesOn() {
        driver.pipe("customer", events.create("customer", row("customer", 10, "industry", "IT")));
        driver.pipe("segment", events.create("segment", segment(1, "{\"feature\":\"shoe_size\"}")));
        driver.pipe("segment", events.create("segment", segment(2, IT)));

        assertThat(driver.membersOf(1)).isEmpty();
        assertThat(driver.membersOf(2)).containsExactly(10L);
    }
}
