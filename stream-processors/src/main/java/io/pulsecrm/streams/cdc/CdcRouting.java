package io.pulsecrm.streams.cdc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps Debezium's records to the topic contract of docs/architecture.md: topic {@code cdc.<table>},
 * key = the primary key as text ({@link #key}), value = the envelope JSON, always with {@code source.lsn} ({@link #value}),
 * or a real tombstone.
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

    /**
     * The Kafka key of a change: the primary key's value as text, so that every change of a row lands in the
     * same partition and compaction keeps its latest state.
     *
     * <ul>
     * <li>One column: the value itself, an integer in decimal ({@code {"id":42}} → {@code 42}), text as it is
     * (a uuid: {@code {"id":"6f1c…"}} → {@code 6f1c…}).</li>
     * <li>Several columns (join tables): each column's value in the order of Debezium's key fields, which is
     * the primary key's column order, joined by {@code :}. Inside a composite key, text is escaped so that no
     * value can pass for a separator: {@code %} becomes {@code %25}, then {@code :} becomes {@code %3A}.
     * {@code {"role_id":3,"permission":"dashboard:view"}} → {@code 3:dashboard%3Aview}.</li>
     * </ul>
     */
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
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw new IllegalStateException("expected the primary key as a JSON object, got " + node);
        }
        if (node.size() == 1) {
            return text(node.iterator().next());
        }
        var joined = new StringJoiner(":");
        for (JsonNode value : node) {
            joined.add(escape(text(value)));
        }
        return joined.toString();
    }

    private static String text(JsonNode value) {
        if (!value.isIntegralNumber() && !value.isString()) {
            throw new IllegalStateException("primary key column is neither integer nor text: " + value.getNodeType());
        }
        return value.asString();
    }

    private static String escape(String component) {
        return component.replace("%", "%25").replace(":", "%3A");
    }

    /**
     * The envelope as Debezium wrote it, with {@code source.lsn} filled in for incremental snapshot reads, or a real
     * tombstone (the JSON converter turns the one after a delete into the text {@code null}; Kafka needs a null value).
     *
     * <p>Every consumer versions a row by {@code source.lsn}, but Debezium leaves it null on the reads of an incremental
     * snapshot ({@link Backfill}). Their {@code source.sequence} ({@code ["<last commit lsn>","<lsn>"]}) holds the
     * position the read was emitted at: when the snapshot window closed, after every change the read reflects and
     * before every change it does not (a row changed inside the window is sent as that change instead). That
     * position is the read's LSN.
     */
    static String value(String debeziumValue) {
        if (debeziumValue == null || "null".equals(debeziumValue)) {
            return null;
        }
        // Cheap test first: the converter writes compact JSON, and only these reads lack the LSN.
        return debeziumValue.contains("\"lsn\":null") ? withSequenceLsn(debeziumValue) : debeziumValue;
    }

    private static String withSequenceLsn(String value) {
        try {
            JsonNode envelope = JSON.readTree(value);
            if (envelope.get("source") instanceof ObjectNode source && source.path("lsn").isNull()
                    && "incremental".equals(source.path("snapshot").asString(""))) {
                JsonNode sequence = JSON.readTree(source.path("sequence").asString("[]"));
                for (int i = sequence.size() - 1; i >= 0; i--) {
                    if (sequence.get(i).isString()) {
                        source.put("lsn", Long.parseLong(sequence.get(i).asString()));
                        return JSON.writeValueAsString(envelope);
                    }
                }
            }
        } catch (JacksonException | NumberFormatException e) {
            // fall through: not a read this can complete
        }
        // Sent as it is: the consumers dead-letter an event without LSN, naming the field, and go on.
        return value;
    }
}
