package io.pulsecrm.streams.change;

import java.util.function.Function;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a raw CDC record into a row state, or into a poison record for {@code dlq.cdc}.
 *
 * <p>Keeping the key fixed matters: the row tables downstream group by the same key, and a key-changing
 * step would add a repartition topic for nothing.
 */
final class ChangeEventProcessor<T extends LsnVersioned> implements FixedKeyProcessor<String, byte[], Parsed<T>> {

    private static final Logger log = LoggerFactory.getLogger(ChangeEventProcessor.class);

    private final Function<ChangeEnvelope, T> toRow;
    private FixedKeyProcessorContext<String, Parsed<T>> context;
    private Sensor deadLettered;

    ChangeEventProcessor(Function<ChangeEnvelope, T> toRow) {
        this.toRow = toRow;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Parsed<T>> context) {
        this.context = context;
        this.deadLettered = context.metrics().addRateTotalSensor(DeadLetters.METRIC_SCOPE, DeadLetters.METRIC_ENTITY,
                DeadLetters.METRIC_OPERATION, Sensor.RecordingLevel.INFO);
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        if (record.value() == null) {
            // The tombstone after a delete only lets compaction drop the key. The delete event before it
            // already left a marker with its LSN; treating the tombstone as a delete would lose that LSN
            // and let a stale replay resurrect the row.
            return;
        }
        try {
            ChangeEnvelope event = ChangeEnvelope.parse(record.value());
            T row = toRow.apply(event);
            if (record.key() == null || !record.key().equals(Long.toString(row.id()))) {
                throw new InvalidChangeEvent("record key " + record.key() + " does not match primary key " + row.id());
            }
            // The commit time becomes the record time: it flows through joins and aggregations, so the
            // output can say when the change that produced it was committed (sourceTsMs).
            context.forward(record.withValue(Parsed.valid(row)).withTimestamp(event.tsMs())
                    .withHeaders(ChangeLsn.stamp(record.headers(), event.lsn())));
        } catch (InvalidChangeEvent e) {
            deadLetter(record, e.getMessage());
        }
    }

    private void deadLetter(FixedKeyRecord<String, byte[]> record, String reason) {
        RecordMetadata source = context.recordMetadata().orElse(null);
        log.warn("Dead-lettering CDC event from {}-{}@{}: {}", source == null ? "?" : source.topic(),
                source == null ? "?" : source.partition(), source == null ? "?" : source.offset(), reason);
        deadLettered.record();
        context.forward(record.withValue(Parsed.<T>poison(record.value(), reason))
                .withHeaders(DeadLetters.headers(record.headers(), reason, source)));
    }
}
