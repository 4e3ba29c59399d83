package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.CdcTestEvents.create;
import static io.pulsecrm.warehouse.sink.CdcTestEvents.delete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The segmentation topics on the real local stack: features, segments, membership and its history, read with FINAL. */
class SegmentSinkIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final RunningSink running = new RunningSink("segment-it");

    private final long id = ThreadLocalRandom.current().nextLong(1_000, 1_000_000_000) * 1_000;

    static String features(long customerId, String total, String campaigns, boolean deleted, long version) {
        return """
                {"customerId":%d,"ownerId":5,"ownerDeptId":50,"industry":"IT","region":null,"level":"KEY","source":null,\
                "lifecycleStage":"CUSTOMER","lastReceiptOn":"2025-11-02","contractCount":2,"receivedTotal":"%s",\
                "followUps30d":1,"followUps90d":3,"campaigns":%s,"campaignCount":%d,"evaluatedOn":"2025-11-24",\
                "deleted":%s,"version":%d,"sourceTsMs":1763920000000}"""
                .formatted(customerId, total, campaigns, campaigns.split(",").length - (campaigns.equals("[]") ? 1 : 0),
                        deleted, version);
    }

    @Test
    void customerFeaturesLandAsTheLatestVersionWithTheirCampaignsAndADeletedCustomerIsGone() throws Exception {
        long gone = id + 1;
        running.send("analytics.customer_features", Long.toString(id), features(id, "10.00", "[7,9]", false, 100));
        running.send("analytics.customer_features", Long.toString(id), features(id, "300.75", "[7,8,9]", false, 120));
        running.send("analytics.customer_features", Long.toString(id), features(id, "10.00", "[7,9]", false, 100));
        running.send("analytics.customer_features", Long.toString(gone), features(gone, "1.00", "[]", false, 100));
        running.send("analytics.customer_features", Long.toString(gone), features(gone, "1.00", "[]", true, 130));

        await("features of " + id).atMost(WAIT).untilAsserted(() -> assertThat(running.strings("""
                SELECT concat(toString(received_total), ' ', toString(campaigns), ' ', toString(campaign_count), ' ',
                              toString(last_receipt_on), ' ', toString(evaluated_on), ' ', lifecycle_stage, ' ',
                              toString(isNull(region)))
                FROM customer_features FINAL WHERE customer_id = ?""", id))
                .containsExactly("300.75 [7,8,9] 3 2025-11-02 2025-11-24 CUSTOMER 1"));
        await("caught up").atMost(WAIT).until(running.sink()::caughtUp);
        assertThat(running.strings("SELECT toString(customer_id) FROM customer_features FINAL WHERE customer_id = ? "
                + "AND is_deleted = 0", gone)).isEmpty();
    }

    @Test
    void membershipKeepsItsLatestStateAndTheEventsKeepEveryEntryAndExitOnce() throws Exception {
        String key = id + ":" + (id + 5);
        running.send("analytics.segment_member", key, member(true, 1_763_920_000_000L, 200));
        running.send("analytics.segment_member", key, member(false, 1_763_920_100_000L, 210));
        for (int replay = 0; replay < 2; replay++) {
            running.send("analytics.segment_member_event", key + ":1763920000000:ENTER",
                    event("ENTER", 1_763_920_000_000L, 200));
            running.send("analytics.segment_member_event", key + ":1763920100000:EXIT",
                    event("EXIT", 1_763_920_100_000L, 210));
        }

        await("membership of " + key).atMost(WAIT).untilAsserted(() -> assertThat(running.strings("""
                SELECT concat(toString(is_member), ' ', toString(since), ' ', toString(owner_id))
                FROM segment_member FINAL WHERE segment_id = ?""", id))
                .containsExactly("0 2025-11-23 17:48:20.000 5"));
        await("events of " + key).atMost(WAIT).untilAsserted(() -> assertThat(running.strings("""
                SELECT concat(kind, ' ', toString(at)) FROM segment_member_event FINAL WHERE segment_id = ? ORDER BY at""",
                id)).containsExactly("ENTER 2025-11-23 17:46:40.000", "EXIT 2025-11-23 17:48:20.000"));
    }

    @Test
    void segmentIsMirroredWithItsRuleAndADeletedSegmentIsGone() throws Exception {
        String row = """
                {"id":%d,"name":"Key IT","description":null,"rule":"{\\"op\\":\\"AND\\",\\"rules\\":[]}","owner_id":5,\
                "owner_dept_id":50,"created_at":"2025-11-20T08:15:30.123Z","updated_at":"2025-11-20T08:15:30.123Z",\
                "version":0}""".formatted(id);
        String gone = row.replace("\"id\":" + id, "\"id\":" + (id + 1));
        running.send("cdc.segment", Long.toString(id), create("segment", row, 100));
        running.send("cdc.segment", Long.toString(id + 1), create("segment", gone, 100));
        running.send("cdc.segment", Long.toString(id + 1), delete("segment", gone, 110));

        await("segment " + id).atMost(WAIT).untilAsserted(() -> assertThat(running.strings(
                "SELECT concat(name, ' ', rule) FROM segment FINAL WHERE id = ?", id))
                .containsExactly("Key IT {\"op\":\"AND\",\"rules\":[]}"));
        await("caught up").atMost(WAIT).until(running.sink()::caughtUp);
        assertThat(running.strings("SELECT name FROM segment FINAL WHERE id = ? AND is_deleted = 0", id + 1)).isEmpty();
    }

    private String member(boolean member, long sinceMs, long version) {
        return """
                {"segmentId":%d,"customerId":%d,"member":%s,"ownerId":5,"ownerDeptId":50,"sinceMs":%d,"version":%d,\
                "sourceTsMs":%d}""".formatted(id, id + 5, member, sinceMs, version, sinceMs);
    }

    private String event(String kind, long atMs, long version) {
        return """
                {"segmentId":%d,"customerId":%d,"kind":"%s","atMs":%d,"ownerId":5,"ownerDeptId":50,"version":%d}"""
                .formatted(id, id + 5, kind, atMs, version);
    }
}
