package io.pulsecrm.localstack;

import io.pulsecrm.localstack.postgres.PostgresServer;

/**
 * The connection settings of running servers, whichever way they were started: what
 * {@link StackEnv} and the tests read, so that nothing above them depends on the {@link StackMode}.
 */
public final class Endpoints {

    public static final String LOOPBACK = "127.0.0.1";
    /** The embedded ClickHouse endpoint (chDB) knows only ClickHouse's {@code default} user, without password. */
    public static final String EMBEDDED_CLICKHOUSE_USER = "default";
    public static final String EMBEDDED_CLICKHOUSE_PASSWORD = "";

    private Endpoints() {}

    public record PostgresAt(String host, int port, String database, String user, String password) implements Postgres {
        @Override
        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    public record KafkaAt(String bootstrapServers) implements Kafka {}

    public record ClickHouseAt(String host, int port, String user, String password) implements ClickHouse {
        @Override
        public String jdbcUrl() {
            return "jdbc:clickhouse:" + httpUrl();
        }

        @Override
        public String httpUrl() {
            return "http://" + host + ":" + port;
        }
    }

    /** The embedded PostgreSQL: database crm, role crm/crm. */
    public static Postgres embeddedPostgres(int port) {
        return new PostgresAt(LOOPBACK, port, PostgresServer.DATABASE, PostgresServer.USER, PostgresServer.PASSWORD);
    }

    public static Kafka embeddedKafka(int port) {
        return new KafkaAt(LOOPBACK + ":" + port);
    }

    public static ClickHouse embeddedClickHouse(int port) {
        return new ClickHouseAt(LOOPBACK, port, EMBEDDED_CLICKHOUSE_USER, EMBEDDED_CLICKHOUSE_PASSWORD);
    }
}
