package io.pulsecrm.localstack.containers;

import io.pulsecrm.localstack.StackEnv;
import io.pulsecrm.localstack.kafka.BrokerSettings;
import io.pulsecrm.localstack.postgres.PgInitSql;
import org.testcontainers.clickhouse.ClickHouseContainer;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The containers of the containers mode, configured and not started (building them needs no
 * Docker engine): the same servers and the same contract as the embedded ones.
 */
public final class StackContainers {

    public static final String POSTGRES_IMAGE = "postgres:17";
    /** The Kafka of the embedded broker and of our clients (Debezium pins it: the root pom's kafka.version). */
    public static final String KAFKA_IMAGE = "apache/kafka:4.3.0";
    public static final String CLICKHOUSE_IMAGE = "clickhouse/clickhouse-server:25.8";
    public static final int POSTGRES_PORT = 5432;
    public static final int CLICKHOUSE_HTTP_PORT = 8123;
    public static final String CLICKHOUSE_USER = "crm";
    public static final String CLICKHOUSE_PASSWORD = "crm";
    /** The image's superuser; role crm and database crm come from {@link PgInitSql}, as in the embedded server. */
    static final String POSTGRES_SUPERUSER = "postgres";
    static final String POSTGRES_INIT_SCRIPT = "/docker-entrypoint-initdb.d/10-crm.sql";

    private StackContainers() {}

    /** PostgreSQL 17 with logical decoding; the image runs the init script once, before it reports ready. */
    public static PostgreSQLContainer postgres() {
        return new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName(POSTGRES_SUPERUSER)
                .withUsername(POSTGRES_SUPERUSER)
                .withPassword(POSTGRES_SUPERUSER)
                .withCommand(postgresCommand().toArray(String[]::new))
                .withCopyToContainer(Transferable.of(PgInitSql.script()), POSTGRES_INIT_SCRIPT);
    }

    /**
     * The embedded server's replication settings. fsync stays off, as Testcontainers sets it: the
     * container is thrown away with the JVM, and no test can crash its host.
     */
    static List<String> postgresCommand() {
        return List.of("postgres",
                "-c", "wal_level=logical",
                "-c", "max_replication_slots=10",
                "-c", "max_wal_senders=10",
                "-c", "max_connections=200",
                "-c", "shared_preload_libraries=pg_stat_statements",
                "-c", "pg_stat_statements.track=top",
                "-c", "pg_stat_statements.track_planning=on",
                "-c", "fsync=off");
    }

    /** Kafka in KRaft mode (broker and controller in one node) with the embedded broker's single-node settings. */
    public static KafkaContainer kafka() {
        return new KafkaContainer(KAFKA_IMAGE).withEnv(kafkaEnv(BrokerSettings.singleNode()));
    }

    /** Broker settings as the apache/kafka image reads them from its environment. */
    static Map<String, String> kafkaEnv(Map<String, String> settings) {
        Map<String, String> env = new LinkedHashMap<>();
        settings.forEach((name, value) -> env.put(kafkaEnvName(name), value));
        return env;
    }

    /** {@code .} → {@code _}, {@code _} → {@code __}, {@code -} → {@code ___}, upper case, prefix {@code KAFKA_}. */
    static String kafkaEnvName(String setting) {
        StringBuilder name = new StringBuilder("KAFKA_");
        for (char c : setting.toCharArray()) {
            switch (c) {
                case '.' -> name.append('_');
                case '_' -> name.append("__");
                case '-' -> name.append("___");
                default -> name.append(Character.toUpperCase(c));
            }
        }
        return name.toString();
    }

    /** A ClickHouse server whose entrypoint creates database crm and replaces user default by crm/crm. */
    public static ClickHouseContainer clickhouse() {
        return new ClickHouseContainer(CLICKHOUSE_IMAGE)
                .withDatabaseName(StackEnv.CLICKHOUSE_DATABASE)
                .withUsername(CLICKHOUSE_USER)
                .withPassword(CLICKHOUSE_PASSWORD);
    }
}
