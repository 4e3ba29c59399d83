package io.pulsecrm.warehouse.sink;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a record that cannot be mapped to the dead-letter topic, with the original key, value and
 * headers plus {@code crm.dlq.reason/topic/partition/offset}. The send is awaited: the record's
 * offset is committed later, so the record must be safely in the DLQ first.
 */
final class DeadLetterPublisher implements AutoCloseable {

    static final String REASON = "crm.dlq.reason";
    static final String TOPIC = "crm.dlq.topic";
    static final String PARTITION = "crm.dlq.partition";
    static final String OFFSET = "crm.dlq.offset";

    private final Producer<byte[], byte[]> producer;
    private final String dlqTopic;

    DeadLetterPublisher(Producer<byte[], byte[]> producer, String dlqTopic) {
        this.producer = producer;
        this.dlqTopic = dlqTopic;
    }

    void publish(ConsumerRecord<byte[], byte[]> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        headers.add(REASON, utf8(reason));
        headers.add(TOPIC, utf8(record.topic()));
        headers.add(PARTITION, utf8(Integer.toString(record.partition())));
        headers.add(OFFSET, utf8(Long.toString(record.offset())));
        try {
            producer.send(new ProducerRecord<>(dlqTopic, null, record.key(), record.value(), headers))
                    .get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering " + where(record), e);
        } catch (ExecutionException | TimeoutException e) {
            // Without the DLQ copy the offset must not be committed: stop rather than skip the record.
            throw new IllegalStateException("cannot dead-letter " + where(record) + " to " + dlqTopic, e);
        }
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
