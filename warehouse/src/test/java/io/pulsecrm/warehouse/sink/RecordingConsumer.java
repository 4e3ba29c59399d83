package io.pulsecrm.warehouse.sink;

import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Kafka's mock consumer, logging each {@code commitSync} as one event: {@code commit <tp>=<offset>, ...}. */
final class RecordingConsumer extends MockConsumer<byte[], byte[]> {

    private final List<String> events;
    /** Runs after each successful commit, e.g. to stop the sink once a round is done. */
    Runnable afterCommit = () -> { };

    RecordingConsumer(List<String> events) {
        super("earliest");
        this.events = events;
    }

    @Override
    public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
        events.add("commit " + offsets.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(TopicPartition::toString)))
                .map(e -> e.getKey() + "=" + e.getValue().offset())
                .collect(Collectors.joining(", ")));
        super.commitSync(offsets);
        afterCommit.run();
    }
}
