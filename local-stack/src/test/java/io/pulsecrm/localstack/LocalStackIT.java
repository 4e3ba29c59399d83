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
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

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

        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + pg.port() + "/crm");
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_user, current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("crm");
            assertThat(rs.getString(2)).isEqualTo("crm");
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

        assertThat(clickhouse.jdbcUrl()).isEqualTo("jdbc:clickhouse:http://127.0.0.1:" + clickhouse.port());
        assertThat(clickhouse.httpUrl()).isEqualTo("http://127.0.0.1:" + clickhouse.port());
        try (Connection c = DriverManager.getConnection(clickhouse.jdbcUrl(), "default", "");
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
                .containsEntry("CRM_CLICKHOUSE_DATABASE", "crm");
    }

    @Test
    @Order(7)
    void childProcessesAreRecordedSoACrashedRunCanBeCleanedUp() {
        LocalStack stack = LocalStack.shared();
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
}
