package io.pulsecrm.warehouse.sink;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Optional;

/**
 * A Debezium change event (JSON converter, schemas disabled) reduced to what a fact row needs:
 * the row image that describes the entity after the change, whether the change deleted it, the
 * source LSN (the row's version) and the commit time.
 *
 * <p>{@code c}, {@code u} and {@code r} (snapshot read) carry the state in {@code after};
 * {@code d} carries the last state in {@code before} (REPLICA IDENTITY FULL), written with
 * {@code is_deleted = 1} so ReplacingMergeTree drops the entity in FINAL reads.
 */
record DebeziumChange(JsonFields image, boolean deleted, long lsn, Instant commitTs) {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** @return empty for a tombstone (null value, or the 4-character JSON {@code null}) */
    static Optional<DebeziumChange> parse(ConsumerRecord<byte[], byte[]> record) throws UnmappableRecordException {
        if (record.value() == null) {
            return Optional.empty();
        }
        JsonNode envelope = readTree(record.value());
        if (envelope.isNull()) {
            return Optional.empty();
        }
        if (!envelope.isObject()) {
            throw new UnmappableRecordException("change event is not a JSON object");
        }
        JsonNode op = envelope.get("op");
        if (op == null || !op.isString()) {
            throw new UnmappableRecordException("change event has no op");
        }
        JsonNode source = envelope.get("source");
        if (source == null || !source.isObject()) {
            throw new UnmappableRecordException("change event has no source block");
        }
        JsonFields sourceFields = new JsonFields(source, "source");
        long lsn = sourceFields.requiredLong("lsn");
        if (lsn < 0) {
            throw new UnmappableRecordException("source.lsn is negative");
        }
        Instant commitTs = sourceFields.requiredEpochMillis("ts_ms");
        return switch (op.stringValue()) {
            case "c", "u", "r" -> Optional.of(new DebeziumChange(image(envelope, "after"), false, lsn, commitTs));
            case "d" -> Optional.of(new DebeziumChange(image(envelope, "before"), true, lsn, commitTs));
            default -> throw new UnmappableRecordException("unsupported op '" + op.stringValue() + "'");
        };
    }

    static JsonNode readTree(byte[] value) throws UnmappableRecordException {
        try {
            return JSON.readTree(value);
        } catch (JacksonException e) {
            throw new UnmappableRecordException("value is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static JsonFields image(JsonNode envelope, String which) throws UnmappableRecordException {
        JsonNode image = envelope.get(which);
        if (image == null || !image.isObject()) {
            throw new UnmappableRecordException("op '" + envelope.get("op").stringValue() + "' without a '" + which
                    + "' image" + ("before".equals(which) ? " (is REPLICA IDENTITY FULL set?)" : ""));
        }
        return new JsonFields(image, which);
    }

    byte isDeletedFlag() {
        return (byte) (deleted ? 1 : 0);
    }
}
