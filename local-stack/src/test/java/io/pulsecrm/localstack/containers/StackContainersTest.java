package io.pulsecrm.localstack.containers;

import io.pulsecrm.localstack.kafka.BrokerSettings;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.testcontainers.clickhouse.ClickHouseContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The container definitions; building them needs no Docker engine (resolving their image does). */
class StackContainersTest {

    @Test
    void kafkaSettingsBecomeTheEnvNamesOfTheApacheKafkaImage() {
        assertThat(StackContainers.kafkaEnvName("num.partitions")).isEqualTo("KAFKA_NUM_PARTITIONS");
        assertThat(StackContainers.kafkaEnvName("abc_def")).isEqualTo("KAFKA_ABC__DEF");
        assertThat(StackContainers.kafkaEnvName("abc-def")).isEqualTo("KAFKA_ABC___DEF");
    }

    @Test
    void kafkaContainerGetsTheSingleNodeSettingsOfTheEmbeddedBroker() {
        KafkaContainer kafka = StackContainers.kafka();

        assertThat(kafka.getEnvMap()).contains(
                entry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1"),
                entry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1"),
                entry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1"),
                entry("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0"),
                entry("KAFKA_NUM_PARTITIONS", "3"),
                entry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true"),
                entry("KAFKA_PROCESS_ROLES", "broker,controller"));
        assertThat(kafka.getEnvMap()).containsAllEntriesOf(StackContainers.kafkaEnv(BrokerSettings.singleNode()));
    }

    @Test
    void kafkaImageIsTheKafkaOfOurClients() {
        assertThat(StackContainers.KAFKA_IMAGE).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
    }

    @Test
    void postgresRunsWithLogicalDecoding() {
        PostgreSQLContainer pg = StackContainers.postgres();

        assertThat(String.join(" ", pg.getCommandParts()))
                .contains("-c wal_level=logical", "-c max_replication_slots=10", "-c max_wal_senders=10");
    }

    @Test
    void postgresLogsInAsTheImageSuperuserWhoRunsTheInitScript() {
        PostgreSQLContainer pg = StackContainers.postgres();

        assertThat(Map.of("db", pg.getDatabaseName(), "user", pg.getUsername()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("db", "postgres", "user", "postgres"));
        assertThat(StackContainers.POSTGRES_INIT_SCRIPT).startsWith("/docker-entrypoint-initdb.d/").endsWith(".sql");
    }

    @Test
    void clickhouseHasDatabaseCrmAndItsOwnLogin() {
        ClickHouseContainer ch = StackContainers.clickhouse();

        assertThat(ch.getDatabaseName()).isEqualTo("crm");
        assertThat(ch.getUsername()).isEqualTo(StackContainers.CLICKHOUSE_USER);
        assertThat(ch.getPassword()).isEqualTo(StackContainers.CLICKHOUSE_PASSWORD).isNotEmpty();
    }
}
