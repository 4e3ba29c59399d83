package io.pulsecrm.localstack;

import io.pulsecrm.localstack.postgres.PostgresServer;

import java.util.LinkedHashMap;
import java.util.Map;

/** The CRM_* connection variables of docs/architecture.md for a given set of ports. */
public final class StackEnv {

    public static final String CLICKHOUSE_DATABASE = "crm";

    private StackEnv() {}

    public static Map<String, String> of(int postgresPort, String kafkaBootstrap, int clickhousePort) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CRM_PG_URL", PostgresServer.jdbcUrl(postgresPort));
        env.put("CRM_PG_USER", PostgresServer.USER);
        env.put("CRM_PG_PASSWORD", PostgresServer.PASSWORD);
        env.put("CRM_KAFKA_BOOTSTRAP", kafkaBootstrap);
        env.put("CRM_CLICKHOUSE_URL", clickhouseJdbcUrl(clickhousePort));
        env.put("CRM_CLICKHOUSE_DATABASE", CLICKHOUSE_DATABASE);
        env.put("CRM_CLICKHOUSE_USER", "default");
        env.put("CRM_CLICKHOUSE_PASSWORD", "");
        return env;
    }

    public static String clickhouseJdbcUrl(int port) {
        return "jdbc:clickhouse:http://127.0.0.1:" + port;
    }
}
