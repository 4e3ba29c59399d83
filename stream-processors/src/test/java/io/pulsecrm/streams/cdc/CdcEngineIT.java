package io.pulsecrm.streams.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pulsecrm.streams.CrmDatabase;
import io.pulsecrm.streams.TopicTail;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CDC engine against the real local stack: PostgreSQL with logical decoding and a Kafka broker.
 * Each test has its own slot, publication and offsets file ({@link CdcTestEngine}), and looks only at the rows it
 * wrote.
 */
class CdcEngineIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CDC_TIMEOUT = CdcTestEngine.TIMEOUT;

    private static CrmDatabase db;
    private static String kafka;

    @RegisterExtension
    final CdcTestEngine cdc = new CdcTestEngine();
    private final String suffix = cdc.suffix;

    @BeforeAll
    static void createSchema() throws SQLException {
        kafka = CdcTestEngine.kafka();
        db = CdcTestEngine.database();
    }

    @Test
    void insertUpdateDeleteArriveKeyedByIdWithBeforeImagesAndARealTombstone() throws Exception {
        long stageA = db.insertStage("A " + suffix, "20.00");
        long stageB = db.insertStage("B " + suffix, "60.00");
        cdc.start(CdcConfig.DEFAULT_TABLES);

        long deal = db.insertOpportunity("Deal " + suffix, "1250.50", stageA);
        db.sql("update opportunity set stage_id = " + stageB + ", version = version + 1 where id = " + deal);
        db.sql("delete from opportunity where id = " + deal);

        try (var topic = new TopicTail(kafka, "cdc.opportunity")) {
            List<ConsumerRecord<String, String>> records = await().atMost(CDC_TIMEOUT)
                    .until(() -> topic.forKey(Long.toString(deal)), r -> r.size() >= 4);

            assertThat(records).hasSize(4);
            JsonNode created = JSON.readTree(records.get(0).value());
            JsonNode moved = JSON.readTree(records.get(1).value());
            JsonNode deleted = JSON.readTree(records.get(2).value());
            assertThat(created.get("op").asString()).isEqualTo("c");
            assertThat(created.get("before").isNull()).isTrue();
            assertThat(created.at("/after/amount").asString()).isEqualTo("1250.50");
            assertThat(created.at("/after/status").asString()).isEqualTo("OPEN");
            assertThat(created.at("/source/table").asString()).isEqualTo("opportunity");
            assertThat(created.at("/source/lsn").isIntegralNumber()).isTrue();
            assertThat(created.has("schema")).as("schemas disabled").isFalse();

            assertThat(moved.get("op").asString()).isEqualTo("u");
            assertThat(moved.at("/before/stage_id").asLong()).as("before-image (REPLICA IDENTITY FULL)").isEqualTo(stageA);
            assertThat(moved.at("/after/stage_id").asLong()).isEqualTo(stageB);
            assertThat(moved.at("/source/lsn").asLong()).isGreaterThan(created.at("/source/lsn").asLong());

            assertThat(deleted.get("op").asString()).isEqualTo("d");
            assertThat(deleted.at("/before/amount").asString()).isEqualTo("1250.50");
            assertThat(deleted.get("after").isNull()).isTrue();

            assertThat(records.get(3).value()).as("tombstone").isNull();
            assertThat(records.stream().map(ConsumerRecord::partition).distinct()).as("one key, one partition").hasSize(1);
        }
    }

    @Test
    void organizationChangesArriveKeyedByTheirPrimaryKeysAndJoinRowDeletesCarryTheWholeRow() throws Exception {
        cdc.start(CdcConfig.DEFAULT_TABLES);
        long department = db.queryLong("insert into department (parent_id, name) select id, ? from department "
                + "where parent_id is null returning id", "Dept " + suffix);
        long user = db.queryLong("insert into app_user (username, display_name, department_id, email, phone) "
                + "values (?, 'Rep', ?, 'rep@example.com', '555') returning id", "u_" + suffix, department);
        long role = db.queryLong("insert into app_role (name, data_scope) values (?, 'CUSTOM') returning id",
                "Role " + suffix);
        db.sql("insert into user_role (user_id, role_id) values (" + user + ", " + role + ")");
        db.sql("insert into role_permission (role_id, permission) values (" + role + ", 'dashboard:view')");
        db.sql("insert into role_scope_department (role_id, department_id) values (" + role + ", " + department + ")");
        db.sql("delete from user_role where user_id = " + user + " and role_id = " + role);

        String userRole = user + ":" + role;
        try (var topic = new TopicTail(kafka, "cdc.user_role")) {
            List<ConsumerRecord<String, String>> records =
                    await().atMost(CDC_TIMEOUT).until(() -> topic.forKey(userRole), r -> r.size() >= 3);
            JsonNode deleted = JSON.readTree(records.get(1).value());
            assertThat(deleted.get("op").asString()).isEqualTo("d");
            assertThat(deleted.at("/before/user_id").asLong()).as("before-image of a join row").isEqualTo(user);
            assertThat(deleted.at("/before/role_id").asLong()).isEqualTo(role);
            assertThat(records.get(2).value()).as("tombstone").isNull();
        }
        try (var topic = new TopicTail(kafka, "cdc.role_permission")) {
            await().atMost(CDC_TIMEOUT).until(() -> topic.forKey(role + ":dashboard%3Aview"), r -> !r.isEmpty());
        }
        try (var topic = new TopicTail(kafka, "cdc.app_user")) {
            JsonNode created = JSON.readTree(await().atMost(CDC_TIMEOUT)
                    .until(() -> topic.forKey(Long.toString(user)), r -> !r.isEmpty()).getFirst().value());
            assertThat(created.at("/after/department_id").asLong()).isEqualTo(department);
            assertThat(created.get("after").has("email")).as("contact details stay in PostgreSQL").isFalse();
            assertThat(created.get("after").has("phone")).isFalse();
        }
    }

    @Test
    void recordTeamChangesArriveKeyedByRecordAndMemberAndARemovalCarriesTheWholeRow() throws Exception {
        cdc.start(CdcConfig.DEFAULT_TABLES);
        long stage = db.insertStage("T " + suffix, "20.00");
        long deal = db.insertOpportunity("Shared " + suffix, "10.00", stage);
        long member = db.queryLong("insert into app_user (username, display_name, department_id) select ?, 'Rep', id "
                + "from department where parent_id is null returning id", "t_" + suffix);
        String row = " where entity_type = 'OPPORTUNITY' and entity_id = " + deal + " and user_id = " + member;
        db.sql("insert into record_team_member (entity_type, entity_id, user_id, access, added_by) values ('OPPORTUNITY', "
                + deal + ", " + member + ", 'READ', " + member + ")");
        db.sql("update record_team_member set access = 'WRITE'" + row);
        db.sql("delete from record_team_member" + row);

        try (var topic = new TopicTail(kafka, "cdc.record_team_member")) {
            List<ConsumerRecord<String, String>> records = await().atMost(CDC_TIMEOUT)
                    .until(() -> topic.forKey("OPPORTUNITY:" + deal + ":" + member), r -> r.size() >= 4);
            JsonNode removed = JSON.readTree(records.get(2).value());
            assertThat(JSON.readTree(records.get(1).value()).at("/after/access").asString()).isEqualTo("WRITE");
            assertThat(removed.get("op").asString()).isEqualTo("d");
            assertThat(removed.at("/before/entity_id").asLong()).isEqualTo(deal);
            assertThat(removed.at("/before/user_id").asLong()).isEqualTo(member);
            assertThat(removed.at("/before/access").asString()).as("before-image (REPLICA IDENTITY FULL)").isEqualTo("WRITE");
            assertThat(records.get(3).value()).as("tombstone").isNull();
        }
    }

    @Test
    void sessionsArriveWithoutWhereTheyCameFromAndCredentialsNeverLeavePostgres() throws Exception {
        cdc.start(CdcConfig.DEFAULT_TABLES);
        long user = db.queryLong("insert into app_user (username, display_name, department_id) select ?, 'Rep', id "
                + "from department where parent_id is null returning id", "s_" + suffix);
        db.sql("insert into user_credential (user_id, password_hash) values (" + user + ", 'not-a-real-hash')");
        String session = java.util.UUID.randomUUID().toString();
        db.sql("insert into user_session (id, user_id, expires_at, client_ip, user_agent) values ('" + session + "', "
                + user + ", now() + interval '1 hour', '10.0.0.1', 'test-agent')");
        db.sql("update user_session set revoked_at = now() where id = '" + session + "'");

        try (var topic = new TopicTail(kafka, "cdc.user_session")) {
            List<ConsumerRecord<String, String>> records =
                    await().atMost(CDC_TIMEOUT).until(() -> topic.forKey(session), r -> r.size() >= 2);
            JsonNode revoked = JSON.readTree(records.get(1).value());
            assertThat(revoked.at("/after/user_id").asLong()).isEqualTo(user);
            assertThat(revoked.at("/after/revoked_at").isString()).isTrue();
            assertThat(revoked.get("after").has("client_ip")).isFalse();
            assertThat(revoked.get("after").has("user_agent")).isFalse();
        }
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.<String, Object>of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            assertThat(admin.listTopics().names().get()).doesNotContain("cdc.user_credential", "cdc.signing_key");
        }
    }

    @Test
    void rowsThatExistedBeforeTheFirstStartArriveAsSnapshotReads() throws Exception {
        long stage = db.insertStage("Snap " + suffix, "35.00");

        cdc.start(CdcConfig.DEFAULT_TABLES);

        try (var topic = new TopicTail(kafka, "cdc.opportunity_stage")) {
            List<ConsumerRecord<String, String>> records = await().atMost(CDC_TIMEOUT)
                    .until(() -> topic.forKey(Long.toString(stage)), r -> !r.isEmpty());
            JsonNode read = JSON.readTree(records.getFirst().value());
            assertThat(read.get("op").asString()).isEqualTo("r");
            assertThat(read.at("/after/win_rate").asString()).isEqualTo("35.00");
            // The topologies need an LSN and a commit time on every event, snapshot reads included.
            assertThat(read.at("/source/lsn").isIntegralNumber()).isTrue();
            assertThat(read.at("/source/ts_ms").isIntegralNumber()).isTrue();
        }
    }

    @Test
    void restartingTheEngineLosesNoChangeAndRepeatsNoneDifferently() throws Exception {
        long stage = db.insertStage("R " + suffix, "50.00");
        cdc.start(CdcConfig.DEFAULT_TABLES);
        long first = db.insertOpportunity("First " + suffix, "10.00", stage);
        try (var topic = new TopicTail(kafka, "cdc.opportunity")) {
            await().atMost(CDC_TIMEOUT).until(() -> topic.forKey(Long.toString(first)), r -> !r.isEmpty());
        }
        Map<Long, String> written = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            long id = db.insertOpportunity("Burst " + i + " " + suffix, i + ".00", stage);
            written.put(id, i + ".00");
        }

        cdc.stop();
        for (int i = 30; i < 60; i++) {
            long id = db.insertOpportunity("Stopped " + i + " " + suffix, i + ".00", stage);
            written.put(id, i + ".00");
        }
        cdc.start(CdcConfig.DEFAULT_TABLES);

        try (var topic = new TopicTail(kafka, "cdc.opportunity")) {
            Set<String> keys = written.keySet().stream().map(String::valueOf).collect(Collectors.toSet());
            List<ConsumerRecord<String, String>> ours = await().atMost(CDC_TIMEOUT).until(
                    () -> topic.poll().stream().filter(r -> keys.contains(r.key())).toList(),
                    r -> r.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).equals(keys));

            Map<String, List<ConsumerRecord<String, String>>> byKey =
                    ours.stream().collect(Collectors.groupingBy(ConsumerRecord::key));
            byKey.forEach((key, copies) -> {
                JsonNode event = JSON.readTree(copies.getFirst().value());
                assertThat(event.at("/after/amount").asString()).isEqualTo(written.get(Long.parseLong(key)));
                // A duplicate after the restart is the same change again (same LSN and image; only the
                // envelope's processing time differs), which consumers keeping the higher LSN drop.
                assertThat(copies).allSatisfy(copy -> {
                    JsonNode again = JSON.readTree(copy.value());
                    assertThat(again.at("/source/lsn")).isEqualTo(event.at("/source/lsn"));
                    assertThat(again.get("op")).isEqualTo(event.get("op"));
                    assertThat(again.get("after")).isEqualTo(event.get("after"));
                });
            });
        }
    }

    @Test
    void engineWaitsForTablesThatDoNotExistYetAndCapturesThemOnceCreated() throws Exception {
        String late = "late_" + suffix;
        cdc.start(List.of("public.opportunity_stage", "public." + late));
        await().atMost(CDC_TIMEOUT).until(cdc.engine()::status, s -> s == CdcEngine.Status.WAITING_FOR_TABLES);
        assertThat(cdc.engine().lastError()).contains("public." + late);

        db.sql("create table " + late + " (id bigserial primary key, label text not null)");
        await().atMost(CDC_TIMEOUT).until(cdc.engine()::status, s -> s == CdcEngine.Status.RUNNING);
        db.sql("insert into " + late + " (label) values ('first')");

        try (var topic = new TopicTail(kafka, "cdc." + late)) {
            List<ConsumerRecord<String, String>> records =
                    await().atMost(CDC_TIMEOUT).until(() -> topic.forKey("1"), r -> !r.isEmpty());
            assertThat(JSON.readTree(records.getFirst().value()).at("/after/label").asString()).isEqualTo("first");
        }
    }

    @Test
    void offsetsWrittenForAnotherDatabaseAreRefusedRatherThanSkippingItsHistory() throws Exception {
        Files.writeString(cdc.dataDir().resolve("offsets.dat"), "");
        Files.writeString(cdc.dataDir().resolve("offsets.dat.source"), "7000000000000000000:16384");

        cdc.start(CdcConfig.DEFAULT_TABLES, false);

        await().atMost(CDC_TIMEOUT).until(cdc.engine()::status, s -> s == CdcEngine.Status.SOURCE_CHANGED);
        assertThat(cdc.engine().lastError()).contains("another PostgreSQL database");
    }
}
