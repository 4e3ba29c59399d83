package io.pulsecrm.localstack;

import java.util.LinkedHashMap;
import java.util.Map;

/** The CRM_* connection variables of docs/architecture.md for a set of running servers, embedded or in containers. */
public final class StackEnv {

    public static final String CLICKHOUSE_DATABASE = "crm";

    private StackEnv() {}

    public static Map<String, String> of(Postgres postgres, Kafka kafka, ClickHouse clickhouse) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CRM_PG_URL", postgres.jdbcUrl());
        env.put("CRM_PG_USER", postgres.user());
        env.put("CRM_PG_PASSWORD", postgres.password());
        env.put("CRM_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        env.put("CRM_CLICKHOUSE_URL", clickhouse.jdbcUrl());
        env.put("CRM_CLICKHOUSE_DATABASE", CLICKHOUSE_DATABASE);
        env.put("CRM_CLICKHOUSE_USER", clickhouse.user());
        env.put("CRM_CLICKHOUSE_PASSWORD", clickhouse.password());
        return env;
    }
}
