package io.pulsecrm.streams.cdc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps Debezium's records to the topic contract of docs/architecture.md: topic {@code cdc.<table>},
 * key = the primary key as a decimal string, value = the envelope JSON or a real tombstone.
 */
final class CdcRouting {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> topicByDestination = new HashMap<>();

    CdcRouting(String serverName, List<String> capturedTables) {
        for (String table : capturedTables) {
            topicByDestination.put(serverName + "." + table, CdcConfig.topicFor(table));
        }
    }

    /**
     * The Kafka topic for a Debezium destination, or {@code null} for records that only exist to move
     * offsets forward (heartbeats, writes to the heartbeat table).
     */
    String topicFor(String destination) {
        return topicByDestination.get(destination);
    }

    /** {@code {"id":42}} becomes {@code 42}. */
    static String key(String debeziumKey) {
        if (debeziumKey == null) {
            throw new IllegalStateException("change event without key: captured tables need a primary key");
        }
        JsonNode node;
        try {
            node = JSON.readTree(debeziumKey);
        } catch (JacksonException e) {
            throw new IllegalStateException("unreadable change event key", e);
        }
        if (node == null || !node.isObject() || node.size() != 1) {
            // A composite key has no single decimal form; refuse loudly rather than invent a format.
            throw new IllegalStateException("expected a single-column primary key, got " + node);
        }
        JsonNode value = node.iterator().next();
        if (!value.isIntegralNumber() && !value.isString()) {
            throw new IllegalStateException("primary key is neither integer nor text: " + value.getNodeType());
        }
        return value.asString();
    }

    /** The JSON converter turns the tombstone after a delete into the text {@code null}; Kafka needs a null value. */
    static String value(String debeziumValue) {
        return debeziumValue == null || "null".equals(debeziumValue) ? null : debeziumValue;
    }
}
