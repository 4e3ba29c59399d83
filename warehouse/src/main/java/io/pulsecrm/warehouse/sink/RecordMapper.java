package io.pulsecrm.warehouse.sink;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.Optional;

/** Maps one record of a topic to one row of its table. */
@FunctionalInterface
interface RecordMapper {

    /**
     * @return the row, or empty for a record that carries no row (a tombstone)
     * @throws UnmappableRecordException if the record is malformed; it is dead-lettered
     */
    Optional<SinkRow> map(ConsumerRecord<byte[], byte[]> record) throws UnmappableRecordException;

    /** Maps the row image of one Debezium change event; the envelope is parsed and checked before. */
    @FunctionalInterface
    interface ChangeMapper {
        SinkRow map(DebeziumChange change) throws UnmappableRecordException;
    }

    /** The mapper of a {@code cdc.*} topic: tombstones carry no row, every change event one. */
    static RecordMapper captured(ChangeMapper rowOf) {
        return record -> {
            Optional<DebeziumChange> change = DebeziumChange.parse(record);
            return change.isPresent() ? Optional.of(rowOf.map(change.get())) : Optional.empty();
        };
    }
}
