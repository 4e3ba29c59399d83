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
}
