package io.pulsecrm.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

    @Test
    @Order(1)
    void sharedStackStartsNothingUntilAComponentIsAskedFor() {
        LocalStack stack = LocalStack.shared();

        assertThat(stack.dir().resolve("postgres")).doesNotExist();
        assertThat(stack.dir().resolve("kafka")).doesNotExist();
        assertThat(stack.dir().resolve("clickhouse")).doesNotExist();
    }

    @Test
    @Order(2)
    void postgresIsStartedOnFirstUseWithDatabaseAndUserCrm() throws Exception {
        Postgres pg = LocalStack.shared().postgres();

        assertThat(pg.jdbcUrl()).startsWith("jdbc:postgresql://").endsWith(":" + pg.port() + "/crm");
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_user, current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("crm");
            assertThat(rs.getString(2)).isEqualTo("crm");
        }
    }

    @Test
    @Order(2)
    void postgresHasTheContractOfEitherModeLogicalWalAndAReplicationRoleOwningCrm() throws Exception {
        Postgres pg = LocalStack.shared().postgres();

        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password()); Statement s = c.createStatement()) {
            assertThat(single(s, "SHOW wal_level")).isEqualTo("logical");
            assertThat(single(s, "SELECT rolreplication AND rolcanlogin AND NOT rolsuper FROM pg_roles WHERE rolname = 'crm'")).isEqualTo("t");
            assertThat(single(s, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'crm'")).isEqualTo("crm");
        }
    }

    @Test
    @Order(3)
    void componentsAreReusedAcrossCalls() {
        LocalStack stack = LocalStack.shared();

        assertThat(LocalStack.shared()).isSameAs(stack);
        assertThat(stack.postgres().port()).isEqualTo(stack.postgres().port());
        assertThat(stack.kafka().bootstrapServers()).isEqualTo(stack.kafka().bootstrapServers());
    }

    @Test
    @Order(5)
    void clickhouseIsStartedOnFirstUseWithDatabaseCrm() throws Exception {
        ClickHouse clickhouse = LocalStack.shared().clickhouse();

        assertThat(clickhouse.jdbcUrl()).isEqualTo("jdbc:clickhouse:" + clickhouse.httpUrl());
        assertThat(clickhouse.httpUrl()).startsWith("http://").endsWith(":" + clickhouse.port());
        try (Connection c = DriverManager.getConnection(clickhouse.jdbcUrl(), clickhouse.user(), clickhouse.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count() FROM system.databases WHERE name = 'crm'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    @Order(6)
    void envNamesEveryServerOfTheStack() {
        LocalStack stack = LocalStack.shared();

        Map<String, String> env = stack.env();

        assertThat(env).containsEntry("CRM_PG_URL", stack.postgres().jdbcUrl())
                .containsEntry("CRM_PG_USER", "crm")
                .containsEntry("CRM_PG_PASSWORD", "crm")
                .containsEntry("CRM_KAFKA_BOOTSTRAP", stack.kafka().bootstrapServers())
                .containsEntry("CRM_CLICKHOUSE_URL", stack.clickhouse().jdbcUrl())
                .containsEntry("CRM_CLICKHOUSE_DATABASE", "crm")
                .containsEntry("CRM_CLICKHOUSE_USER", stack.clickhouse().user())
                .containsEntry("CRM_CLICKHOUSE_PASSWORD", stack.clickhouse().password());
    }

    @Test
    @Order(6)
    void embeddedServersAreOnLoopbackAndClickHouseHasOnlyTheDefaultUser() {
        LocalStack stack = LocalStack.shared();
        assumeTrue(stack.mode() == StackMode.EMBEDDED, "containers mode");

        assertThat(stack.postgres().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + stack.postgres().port() + "/crm");
        assertThat(stack.clickhouse().httpUrl()).isEqualTo("http://127.0.0.1:" + stack.clickhouse().port());
        assertThat(stack.clickhouse().user()).isEqualTo("default");
        assertThat(stack.clickhouse().password()).isEmpty();
    }

    @Test
    @Order(7)
    void childProcessesAreRecordedSoACrashedRunCanBeCleanedUp() {
        LocalStack stack = LocalStack.shared();
        assumeTrue(stack.mode() == StackMode.EMBEDDED, "containers are removed by Ryuk, not from pid files");
        stack.env();

        assertThat(stack.dir().resolve("run")).isDirectoryContaining("glob:**/postgres.pid")
                .isDirectoryContaining("glob:**/kafka.pid").isDirectoryContaining("glob:**/clickhouse.pid");
    }

    @Test
    @Order(4)
    void kafkaIsStartedOnFirstUseAndAnswersAdminRequests() throws Exception {
        Kafka kafka = LocalStack.shared().kafka();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
