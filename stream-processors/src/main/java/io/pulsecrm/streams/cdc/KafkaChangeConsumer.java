package io.pulsecrm.streams.cdc;

import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Writes each batch of change events to Kafka and only then lets Debezium commit its offsets.
 *
 * <p>The order is the whole point: send every record, wait until the broker has acknowledged every one,
 * then {@code markProcessed} and {@code markBatchFinished}. If any send fails the batch is not marked,
 * the exception stops the engine, and the restart resumes from the last committed offset: records may
 * be written twice (consumers keep the higher LSN), never lost.
 */
final class KafkaChangeConsumer implements DebeziumEngine.ChangeConsumer<ChangeEvent<String, String>> {

    private final Producer<String, String> producer;
    private final CdcRouting routing;
    private final AtomicLong produced;
    private final AtomicLong lastBatchAtMs;

    KafkaChangeConsumer(Producer<String, String> producer, CdcRouting routing, AtomicLong produced,
            AtomicLong lastBatchAtMs) {
        this.producer = producer;
        this.routing = routing;
        this.produced = produced;
        this.lastBatchAtMs = lastBatchAtMs;
    }

    @Override
    public void handleBatch(List<ChangeEvent<String, String>> records,
            DebeziumEngine.RecordCommitter<ChangeEvent<String, String>> committer) throws InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        for (ChangeEvent<String, String> record : records) {
            String topic = routing.topicFor(record.destination());
            if (topic != null) {
                acks.add(producer.send(new ProducerRecord<>(topic, CdcRouting.key(record.key()),
                        CdcRouting.value(record.value()))));
            }
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            awaitAck(ack);
        }
        for (ChangeEvent<String, String> record : records) {
            committer.markProcessed(record);
        }
        committer.markBatchFinished();
        produced.addAndGet(acks.size());
        lastBatchAtMs.set(System.currentTimeMillis());
    }

    private static void awaitAck(Future<RecordMetadata> ack) throws InterruptedException {
        try {
            ack.get();
        } catch (ExecutionException e) {
            throw new CdcDeliveryException("Kafka did not acknowledge a change event; offsets stay uncommitted",
                    e.getCause());
        }
    }

    /** Stops the engine so that the supervisor restarts it from the last committed offset. */
    static final class CdcDeliveryException extends RuntimeException {
        CdcDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
