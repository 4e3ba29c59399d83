package io.pulsecrm.warehouse.sink;

import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;

/** The JSON object of an {@code analytics.*} record, read field by field; a tombstone or JSON null carries no row. */
final class AnalyticsValue {

    private AnalyticsValue() {}

    /** @param what the value's name in error messages ({@code PipelineByStage.version is negative}) */
    static Optional<JsonFields> fields(ConsumerRecord<byte[], byte[]> record, String what)
            throws UnmappableRecordException {
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

    /** The version every analytics value carries (docs/architecture.md): never negative. */
    static long version(JsonFields fields, String what) throws UnmappableRecordException {
        long version = fields.requiredLong("version");
        if (version < 0) {
            throw new UnmappableRecordException(what + ".version is negative");
        }
        return version;
    }
}
