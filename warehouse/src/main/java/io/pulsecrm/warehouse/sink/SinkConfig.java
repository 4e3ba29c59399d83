package io.pulsecrm.warehouse.sink;

import io.pulsecrm.warehouse.ClickHouseConfig;

import java.time.Duration;
import java.util.Map;

/**
 * Typed configuration of the sink service, from the environment.
 *
 * <table>
 * <tr><td>{@code CRM_KAFKA_BOOTSTRAP}</td><td>{@code 127.0.0.1:59092}</td></tr>
 * <tr><td>{@code CRM_CLICKHOUSE_URL / _DATABASE / _USER / _PASSWORD}</td><td>see {@link ClickHouseConfig}</td></tr>
 * <tr><td>{@code CRM_HEALTH_PORT}</td><td>{@code 8092}</td></tr>
 * <tr><td>{@code CRM_WAREHOUSE_GROUP_ID}</td><td>{@code pulse-warehouse-sink}</td></tr>
 * <tr><td>{@code CRM_WAREHOUSE_BATCH_MAX_ROWS}</td><td>{@code 1000}</td></tr>
 * <tr><td>{@code CRM_WAREHOUSE_BATCH_MAX_DELAY_MS}</td><td>{@code 100}</td></tr>
 * <tr><td>{@code CRM_WAREHOUSE_RETRY_MAX_BACKOFF_MS}</td><td>{@code 5000}</td></tr>
 * <tr><td>{@code CRM_WAREHOUSE_TOPIC_PARTITIONS}</td><td>{@code 3} (for topics the sink creates)</td></tr>
 * <tr><td>{@code CRM_WAREHOUSE_TOPIC_REPLICATION_FACTOR}</td><td>{@code 1}</td></tr>
 * </table>
 */
public record SinkConfig(String kafkaBootstrap, ClickHouseConfig clickHouse, int healthPort, String groupId,
                         BatchPolicy batchPolicy, Duration retryInitialBackoff, Duration retryMaxBackoff,
                         SinkTopics topics, int topicPartitions, short topicReplicationFactor) {

    public static final String DEFAULT_GROUP_ID = "pulse-warehouse-sink";

    public static SinkConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    public static SinkConfig fromEnv(Map<String, String> env) {
        return new SinkConfig(
                env.getOrDefault("CRM_KAFKA_BOOTSTRAP", "127.0.0.1:59092"),
                ClickHouseConfig.fromEnv(env),
                intOf(env, "CRM_HEALTH_PORT", 8092),
                env.getOrDefault("CRM_WAREHOUSE_GROUP_ID", DEFAULT_GROUP_ID),
                new BatchPolicy(intOf(env, "CRM_WAREHOUSE_BATCH_MAX_ROWS", BatchPolicy.DEFAULT.maxRows()),
                        Duration.ofMillis(intOf(env, "CRM_WAREHOUSE_BATCH_MAX_DELAY_MS",
                                (int) BatchPolicy.DEFAULT.maxDelay().toMillis()))),
                Duration.ofMillis(100),
                Duration.ofMillis(intOf(env, "CRM_WAREHOUSE_RETRY_MAX_BACKOFF_MS", 5_000)),
                SinkTopics.DEFAULT,
                intOf(env, "CRM_WAREHOUSE_TOPIC_PARTITIONS", 3),
                (short) intOf(env, "CRM_WAREHOUSE_TOPIC_REPLICATION_FACTOR", 1));
    }

    /** Defaults of {@link #fromEnv()} for the given Kafka and ClickHouse (tests, embedding). */
    public static SinkConfig of(String kafkaBootstrap, ClickHouseConfig clickHouse) {
        return fromEnv(Map.of()).withKafka(kafkaBootstrap).withClickHouse(clickHouse);
    }

    public SinkConfig withKafka(String bootstrap) {
        return new SinkConfig(bootstrap, clickHouse, healthPort, groupId, batchPolicy, retryInitialBackoff,
                retryMaxBackoff, topics, topicPartitions, topicReplicationFactor);
    }

    public SinkConfig withClickHouse(ClickHouseConfig other) {
        return new SinkConfig(kafkaBootstrap, other, healthPort, groupId, batchPolicy, retryInitialBackoff,
                retryMaxBackoff, topics, topicPartitions, topicReplicationFactor);
    }

    public SinkConfig withGroupId(String other) {
        return new SinkConfig(kafkaBootstrap, clickHouse, healthPort, other, batchPolicy, retryInitialBackoff,
                retryMaxBackoff, topics, topicPartitions, topicReplicationFactor);
    }

    public SinkConfig withHealthPort(int port) {
        return new SinkConfig(kafkaBootstrap, clickHouse, port, groupId, batchPolicy, retryInitialBackoff,
                retryMaxBackoff, topics, topicPartitions, topicReplicationFactor);
    }

    private static int intOf(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not an integer: " + value, e);
        }
    }
}
