package io.pulsecrm.streams.change;

import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The parts of a Debezium change event (JSON converter, schemas disabled) that the topologies use.
 *
 * <p>Validation is strict on purpose: an event that lacks what we need is dead-lettered with a reason
 * rather than applied half-way.
 */
public record ChangeEnvelope(String op, JsonNode before, JsonNode after, long lsn, long tsMs) {

    private static final Set<String> OPS = Set.of("c", "u", "d", "r");

    public static ChangeEnvelope parse(byte[] value) {
        JsonNode root;
        try {
            root = JsonSerde.MAPPER.readTree(value);
        } catch (JacksonException e) {
            throw new InvalidChangeEvent("unparseable JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidChangeEvent("not a JSON object");
        }
        JsonNode opNode = root.get("op");
        if (opNode == null || !opNode.isString()) {
            throw new InvalidChangeEvent("missing field op");
        }
        String op = opNode.stringValue();
        if (!OPS.contains(op)) {
            throw new InvalidChangeEvent("unknown op '" + op + "'");
        }
        JsonNode source = root.get("source");
        if (source == null || !source.isObject()) {
            throw new InvalidChangeEvent("missing field source");
        }
        long lsn = Fields.requireLong(source, "lsn", "source.lsn");
        long tsMs = Fields.requireLong(source, "ts_ms", "source.ts_ms");
        JsonNode before = objectOrNull(root, "before");
        JsonNode after = objectOrNull(root, "after");
        if ("d".equals(op) && before == null) {
            throw new InvalidChangeEvent("missing field before on a delete");
        }
        if (!"d".equals(op) && after == null) {
            throw new InvalidChangeEvent("missing field after on op " + op);
        }
        return new ChangeEnvelope(op, before, after, lsn, tsMs);
    }

    public boolean isDelete() {
        return "d".equals(op);
    }

    /** The row as it is after this change: the before-image for a delete (which carries the primary key). */
    public JsonNode row() {
        return isDelete() ? before : after;
    }

    private static JsonNode objectOrNull(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && node.isObject() ? node : null;
    }
}
