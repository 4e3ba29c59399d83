package io.pulsecrm.warehouse.sink;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;

/**
 * The JSON value of an {@code analytics.*} record, as every aggregate's mapper reads it: a null value (or JSON
 * null) carries no row, anything but an object is unmappable, and {@code version} is never negative (it becomes
 * the UInt64 ReplacingMergeTree version).
 */
final class AnalyticsValue {

    private AnalyticsValue() {}

    /** The value's fields, or empty for a record without a row. {@code what} names the value in errors. */
    static Optional<JsonFields> of(ConsumerRecord<byte[], byte[]> record, String what) throws UnmappableRecordException {
        if (record.value() == null) {
            return Optional.empty();
        }
        JsonNode value = DebeziumChange.readTree(record.value());
        if (value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw new UnmappableRecordException(what + " value is not a JSON object");
        }
        return Optional.of(new JsonFields(value, what));
    }

    static long version(JsonFields fields, String what) throws UnmappableRecordException {
        long version = fields.requiredLong("version");
        if (version < 0) {
            throw new UnmappableRecordException(what + ".version is negative");
        }
        return version;
    }
}
