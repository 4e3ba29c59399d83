package io.pulsecrm.localstack;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class StackEnvTest {

    @Test
    void embeddedServersAreReachedOnLoopbackWithTheFixedLogins() {
        Map<String, String> env = StackEnv.of(Endpoints.embeddedPostgres(41001), Endpoints.embeddedKafka(41002),
                Endpoints.embeddedClickHouse(41003));

        assertThat(env).containsExactly(
                entry("CRM_PG_URL", "jdbc:postgresql://127.0.0.1:41001/crm"),
                entry("CRM_PG_USER", "crm"),
                entry("CRM_PG_PASSWORD", "crm"),
                entry("CRM_KAFKA_BOOTSTRAP", "127.0.0.1:41002"),
                entry("CRM_CLICKHOUSE_URL", "jdbc:clickhouse:http://127.0.0.1:41003"),
                entry("CRM_CLICKHOUSE_DATABASE", "crm"),
                entry("CRM_CLICKHOUSE_USER", "default"),
                entry("CRM_CLICKHOUSE_PASSWORD", ""));
    }

    @Test
    void containersAreReachedOnTheirHostAndMappedPortsWithTheirLogins() {
        Map<String, String> env = StackEnv.of(
                new Endpoints.PostgresAt("localhost", 32768, "crm", "crm", "crm"),
                new Endpoints.KafkaAt("localhost:32770"),
                new Endpoints.ClickHouseAt("localhost", 32772, "crm", "s3cret"));

        assertThat(env).containsExactly(
                entry("CRM_PG_URL", "jdbc:postgresql://localhost:32768/crm"),
                entry("CRM_PG_USER", "crm"),
                entry("CRM_PG_PASSWORD", "crm"),
                entry("CRM_KAFKA_BOOTSTRAP", "localhost:32770"),
                entry("CRM_CLICKHOUSE_URL", "jdbc:clickhouse:http://localhost:32772"),
                entry("CRM_CLICKHOUSE_DATABASE", "crm"),
                entry("CRM_CLICKHOUSE_USER", "crm"),
                entry("CRM_CLICKHOUSE_PASSWORD", "s3cret"));
    }

    @Test
    void endpointsKeepTheirPortsForTestsThatReadThem() {
        Postgres pg = new Endpoints.PostgresAt("localhost", 32768, "crm", "crm", "crm");
        ClickHouse ch = new Endpoints.ClickHouseAt("localhost", 32772, "crm", "crm");

        assertThat(pg.port()).isEqualTo(32768);
        assertThat(ch.port()).isEqualTo(32772);
        assertThat(ch.httpUrl()).isEqualTo("http://localhost:32772");
    }
}
