package io.pulsecrm.warehouse.sink;

import io.pulsecrm.warehouse.query.PipelineQueries;
import io.pulsecrm.warehouse.query.SinkProgress;
import io.pulsecrm.warehouse.query.StagePipeline;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static io.pulsecrm.warehouse.sink.CdcTestEvents.create;
import static io.pulsecrm.warehouse.sink.CdcTestEvents.delete;
import static io.pulsecrm.warehouse.sink.CdcTestEvents.opportunity;
import static io.pulsecrm.warehouse.sink.CdcTestEvents.pipeline;
import static io.pulsecrm.warehouse.sink.CdcTestEvents.snapshot;
import static io.pulsecrm.warehouse.sink.CdcTestEvents.update;
import static io.pulsecrm.warehouse.sink.ChangeEvents.stage;
import static io.pulsecrm.warehouse.sink.SinkFixture.deadLetter;
import static io.pulsecrm.warehouse.sink.SinkFixture.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The sink on the real local stack: Kafka in, ClickHouse out, read back with FINAL. */
class WarehouseSinkIT {

    private static final String OPPORTUNITY = "cdc.opportunity";
    private static final String STAGE = "cdc.opportunity_stage";
    private static final String PIPELINE = "analytics.pipeline_by_stage";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final String OPPORTUNITIES = """
            SELECT id, amount, stage_id, status, lost_reason, closed_at, version
            FROM opportunity FINAL
            WHERE id IN (?, ?, ?)
            ORDER BY id
            """;

    @RegisterExtension
    static final RunningSink running = new RunningSink("warehouse-it");

    private static long freshIds() {
        return ThreadLocalRandom.current().nextLong(1_000, 1_000_000_000) * 1_000;
    }

    @Test
    void changeEventsAndAggregatesLandAsTheirLatestVersions() throws SQLException {
        long base = freshIds();
        long stageA = base + 1, stageB = base + 2, stageGone = base + 3;
        long dealKept = base + 11, dealDeleted = base + 12, dealLost = base + 13;

        running.send(STAGE, key(stageA), snapshot("opportunity_stage", stage(stageA, "Qualify " + base, 10, "20.00", 1), 100));
        running.send(STAGE, key(stageB), snapshot("opportunity_stage", stage(stageB, "Propose " + base, 20, "40.00", 1), 101));
        running.send(STAGE, key(stageGone), create("opportunity_stage", stage(stageGone, "Gone " + base, 30, "50.00", 1), 102));
        running.send(STAGE, key(stageGone), delete("opportunity_stage", stage(stageGone, "Gone " + base, 30, "50.00", 1), 103));
        running.send(STAGE, key(stageGone), null);

        running.send(OPPORTUNITY, key(dealKept), create("opportunity", opportunity(dealKept, "100.00", stageA, "OPEN", 1), 200));
        running.send(OPPORTUNITY, key(dealKept), update("opportunity",
                opportunity(dealKept, "100.00", stageA, "OPEN", 1), opportunity(dealKept, "150.25", stageB, "OPEN", 2), 210));
        running.send(OPPORTUNITY, key(dealDeleted), create("opportunity", opportunity(dealDeleted, "9.99", stageA, "OPEN", 1), 220));
        running.send(OPPORTUNITY, key(dealDeleted), delete("opportunity", opportunity(dealDeleted, "9.99", stageA, "OPEN", 1), 230));
        running.send(OPPORTUNITY, key(dealDeleted), null);
        running.send(OPPORTUNITY, key(dealLost), create("opportunity", opportunity(dealLost, "75.50", stageA, "LOST", 3), 240));
        // a duplicate older change arriving late must not win over the newer version
        running.send(OPPORTUNITY, key(dealLost), create("opportunity", opportunity(dealLost, "1.00", stageA, "OPEN", 2), 235));

        running.send(PIPELINE, key(stageB), pipeline(stageB, 1, "100.00", "40.00", 300));
        running.send(PIPELINE, key(stageB), pipeline(stageB, 1, "150.25", "60.10", 310));
        running.send(PIPELINE, key(stageB), pipeline(stageB, 9, "999.00", "999.00", 305));

        await("rows of " + base).atMost(WAIT).untilAsserted(() -> assertThat(opportunities(dealKept, dealDeleted, dealLost))
                .containsExactly(
                        List.of(dealKept, new BigDecimal("150.25"), stageB, "OPEN", "", "", 210L),
                        List.of(dealLost, new BigDecimal("75.50"), stageA, "LOST", "budget cut", "2025-11-23T17:46:40.500Z", 240L)));

        await("pipeline of " + base).atMost(WAIT).untilAsserted(() -> assertThat(ourStages(base))
                .containsExactly(
                        new StagePipeline(stageA, "Qualify " + base, 10, new BigDecimal("20.00"), 0, new BigDecimal("0.00"), new BigDecimal("0.00")),
                        new StagePipeline(stageB, "Propose " + base, 20, new BigDecimal("40.00"), 1, new BigDecimal("150.25"), new BigDecimal("60.10"))));

        assertThat(new SinkProgress(running.clickHouse()).latest())
                .containsKeys("opportunity", "opportunity_stage", "pipeline_by_stage")
                .allSatisfy((table, watermark) -> assertThat(watermark.lastCommitTs().toEpochMilli()).isEqualTo(1_763_920_000_123L));
        assertThat(new PipelineQueries(running.clickHouse()).openPipelineOfStage(stageB).openAmount()).isEqualByComparingTo("150.25");
        assertThat(new PipelineQueries(running.clickHouse()).openPipelineOfStage(stageGone)).isNull();
    }

    @Test
    void organizationLandsAsItsLatestVersionsAndDeletedLinksAreGone() throws SQLException {
        long base = freshIds();
        long dept = base + 1, user = base + 2, role = base + 3;
        String session = UUID.randomUUID().toString();
        String userRole = user + ":" + role;

        running.send("cdc.department", key(dept), create("department", ChangeEvents.department(dept, 1L, "D" + base), 100));
        running.send("cdc.app_user", key(user), create("app_user", ChangeEvents.user(user, dept, null, true), 101));
        running.send("cdc.app_role", key(role), create("app_role", ChangeEvents.role(role, null, "CUSTOM"), 102));
        String grant = ChangeEvents.link("user_id", user, "role_id", role);
        running.send("cdc.user_role", userRole, create("user_role", grant, 103));
        running.send("cdc.user_role", userRole, delete("user_role", grant, 110));
        running.send("cdc.user_role", userRole, null);
        // a duplicate of the create arriving after the delete must not bring the link back
        running.send("cdc.user_role", userRole, create("user_role", grant, 103));
        running.send("cdc.role_permission", role + ":dashboard%3Aview",
                create("role_permission", ChangeEvents.link("role_id", role, "permission", "dashboard:view"), 104));
        running.send("cdc.role_scope_department", role + ":" + dept,
                create("role_scope_department", ChangeEvents.link("role_id", role, "department_id", dept), 105));
        String live = ChangeEvents.session(session, user, "2099-01-01T00:00:00Z", null);
        String revoked = ChangeEvents.session(session, user, "2099-01-01T00:00:00Z", "2025-11-23T09:00:00Z");
        // out of order: the revocation (higher LSN) arrives before the creation
        running.send("cdc.user_session", session, update("user_session", live, revoked, 120));
        running.send("cdc.user_session", session, create("user_session", live, 106));
        running.send("cdc.app_user", key(user), update("app_user",
                ChangeEvents.user(user, dept, null, true), ChangeEvents.user(user, dept, null, false), 130));
        long dealKept = base + 4, dealLeft = base + 5;
        String onTeam = ChangeEvents.teamMember("OPPORTUNITY", dealKept, user, "READ");
        String leftTeam = ChangeEvents.teamMember("OPPORTUNITY", dealLeft, user, "WRITE");
        running.send("cdc.record_team_member", "OPPORTUNITY:" + dealKept + ":" + user,
                update("record_team_member", onTeam, ChangeEvents.teamMember("OPPORTUNITY", dealKept, user, "WRITE"), 141));
        running.send("cdc.record_team_member", "OPPORTUNITY:" + dealKept + ":" + user,
                create("record_team_member", onTeam, 140));
        running.send("cdc.record_team_member", "OPPORTUNITY:" + dealLeft + ":" + user,
                create("record_team_member", leftTeam, 142));
        running.send("cdc.record_team_member", "OPPORTUNITY:" + dealLeft + ":" + user,
                delete("record_team_member", leftTeam, 143));
        running.send("cdc.record_team_member", "OPPORTUNITY:" + dealLeft + ":" + user, null);

        await("organization of " + base).atMost(WAIT).untilAsserted(() -> {
            assertThat(running.strings("SELECT toString(enabled) FROM org_user FINAL WHERE id = ?", user)).containsExactly("false");
            assertThat(running.strings("SELECT toString(revoked_at) FROM org_user_session FINAL WHERE id = toUUID(?)", session))
                    .containsExactly("2025-11-23 09:00:00.000");
            assertThat(running.strings("SELECT permission FROM org_role_permission FINAL WHERE role_id = ?", role))
                    .containsExactly("dashboard:view");
            assertThat(running.strings("SELECT toString(department_id) FROM org_role_scope_department FINAL WHERE role_id = ?", role))
                    .containsExactly(Long.toString(dept));
            assertThat(running.strings("SELECT data_scope FROM org_role FINAL WHERE id = ?", role)).containsExactly("CUSTOM");
            assertThat(running.strings("SELECT toString(parent_id) FROM org_department FINAL WHERE id = ?", dept)).containsExactly("1");
            assertThat(running.strings("SELECT concat(entity_type, ':', toString(entity_id), ':', access) "
                    + "FROM org_record_team_member FINAL WHERE user_id = ?", user))
                    .as("the later change wins; the member removed is gone").containsExactly("OPPORTUNITY:" + dealKept + ":WRITE");
        });
        await("the deleted link stays deleted").atMost(WAIT).until(running.sink()::caughtUp);
        assertThat(running.strings("SELECT toString(role_id) FROM org_user_role FINAL WHERE user_id = ?", user)).isEmpty();
    }

    @Test
    void roleWithAnUnknownScopeIsDeadLetteredWithItsReason() {
        long role = freshIds();
        running.send("cdc.app_role", key(role), create("app_role", ChangeEvents.role(role, null, "EVERYONE"), 100));

        ConsumerRecord<String, String> dead = await("dead letter").atMost(WAIT)
                .until(() -> deadLetter(key(role)), Optional::isPresent).orElseThrow();
        assertThat(header(dead, "crm.dlq.reason")).isEqualTo("after.data_scope 'EVERYONE' is not one of "
                + "[ALL, CUSTOM, DEPT, DEPT_AND_CHILDREN, SELF, SELF_AND_SUBORDINATES]");
        assertThat(header(dead, "crm.dlq.topic")).isEqualTo("cdc.app_role");
    }

    @Test
    void replayingEveryTopicFromTheStartConvergesToTheSameTables() throws Exception {
        long base = freshIds();
        IntStream.range(0, 30).forEach(i -> running.send(OPPORTUNITY, key(base + i),
                create("opportunity", opportunity(base + i, i + ".00", 1, "OPEN", 1), 1_000 + i)));
        await("first sink caught up").atMost(WAIT).until(running.sink()::caughtUp);
        List<List<Object>> before = allRows();

        try (SinkFixture replay = SinkFixture.start("warehouse-it-replay")) {
            await("replay caught up").atMost(WAIT).until(replay::caughtUp);
            assertThat(replay.status.rowsWritten()).isGreaterThanOrEqualTo(30);
        }

        assertThat(allRows()).isEqualTo(before);
    }

    @Test
    void poisonRecordGoesToDeadLetterTopicAndLaterRecordsStillArrive() throws SQLException {
        long deal = freshIds();
        long deadBefore = running.sink().status.deadLetteredCount();

        running.send(OPPORTUNITY, key(deal), "{\"op\": \"c\", \"after\": {\"id\": ");
        running.send(OPPORTUNITY, key(deal), create("opportunity", opportunity(deal, "5.00", 1, "OPEN", 1), 500));

        await("deal after poison").atMost(WAIT).until(() -> !opportunities(deal, deal, deal).isEmpty());
        assertThat(running.sink().status.deadLetteredCount()).isGreaterThan(deadBefore);
        ConsumerRecord<String, String> dead = await("dead letter").atMost(WAIT)
                .until(() -> deadLetter(key(deal)), Optional::isPresent).orElseThrow();
        assertThat(dead.value()).startsWith("{\"op\": \"c\"");
        assertThat(header(dead, "crm.dlq.reason")).startsWith("value is not valid JSON");
        assertThat(header(dead, "crm.dlq.topic")).isEqualTo(OPPORTUNITY);
        assertThat(Long.parseLong(header(dead, "crm.dlq.offset"))).isNotNegative();
        assertThat(header(dead, "crm.dlq.partition")).matches("[0-2]");
    }

    private static String key(long id) {
        return Long.toString(id);
    }

    private static List<StagePipeline> ourStages(long base) {
        return new PipelineQueries(running.clickHouse()).openPipelineByStage().stream()
                .filter(s -> s.stageId() > base && s.stageId() < base + 10)
                .toList();
    }

    private static List<List<Object>> opportunities(long a, long b, long c) throws SQLException {
        try (Connection connection = running.clickHouse().getConnection();
             PreparedStatement query = connection.prepareStatement(OPPORTUNITIES)) {
            query.setLong(1, a);
            query.setLong(2, b);
            query.setLong(3, c);
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(List.of(rs.getLong("id"), rs.getBigDecimal("amount"), rs.getLong("stage_id"),
                            rs.getString("status"), String.valueOf(Optional.ofNullable(rs.getString("lost_reason")).orElse("")),
                            Optional.ofNullable(rs.getObject("closed_at", java.time.ZonedDateTime.class))
                                    .map(t -> t.toInstant().toString()).orElse(""),
                            rs.getLong("version")));
                }
            }
            return rows;
        }
    }

    /** Every row of the fact, aggregate and organization tables, FINAL, without the insert time. */
    private static List<List<Object>> allRows() throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        for (String sql : List.of(
                "SELECT * EXCEPT (inserted_at) FROM opportunity FINAL ORDER BY id",
                "SELECT * EXCEPT (inserted_at) FROM opportunity_stage FINAL ORDER BY id",
                "SELECT * EXCEPT (inserted_at) FROM pipeline_by_stage FINAL ORDER BY stage_id",
                "SELECT * EXCEPT (inserted_at) FROM org_user FINAL ORDER BY id",
                "SELECT * EXCEPT (inserted_at) FROM org_user_role FINAL ORDER BY user_id, role_id",
                "SELECT * EXCEPT (inserted_at) FROM org_role_permission FINAL ORDER BY role_id, permission",
                "SELECT * EXCEPT (inserted_at) FROM org_user_session FINAL ORDER BY id",
                "SELECT * EXCEPT (inserted_at) FROM org_record_team_member FINAL ORDER BY user_id, entity_type, entity_id")) {
            try (Connection connection = running.clickHouse().getConnection();
                 PreparedStatement query = connection.prepareStatement(sql);
                 ResultSet rs = query.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.add(String.valueOf(rs.getString(i)));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
