package io.pulsecrm.warehouse.sink;

import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Open batches, one per topic-partition, and the flush rule: a batch is due at
 * {@link BatchPolicy#maxRows()} rows or {@link BatchPolicy#maxDelay()} after its first record.
 * Time is passed in (nanoTime) so the rules are testable without waiting. Not thread-safe:
 * owned by the consumer thread.
 */
final class Batcher {

    private final BatchPolicy policy;
    private final Map<TopicPartition, Batch> open = new LinkedHashMap<>();

    Batcher(BatchPolicy policy) {
        this.policy = policy;
    }

    /**
     * Adds one consumed record (its row, or null when it carries none) to its partition's batch.
     *
     * @return whether that batch now holds {@code maxRows} rows and should be flushed at once
     */
    boolean add(TopicPartition partition, String table, long offset, byte[] key, byte[] value, SinkRow rowOrNull,
                long nowNanos) {
        Batch batch = open.computeIfAbsent(partition, p -> new Batch(p, table, offset, nowNanos));
        batch.add(offset, key, value, rowOrNull);
        return batch.rows().size() >= policy.maxRows();
    }

    /** Removes and returns the open batch of one partition. */
    List<Batch> take(TopicPartition partition) {
        Batch batch = open.remove(partition);
        return batch == null ? new ArrayList<>() : new ArrayList<>(List.of(batch));
    }

    /** Removes and returns the batches that are due. */
    List<Batch> takeDue(long nowNanos) {
        List<Batch> due = new ArrayList<>();
        for (Iterator<Batch> it = open.values().iterator(); it.hasNext(); ) {
            Batch batch = it.next();
            if (batch.isDue(nowNanos, policy)) {
                due.add(batch);
                it.remove();
            }
        }
        return due;
    }

    /** Removes and returns every open batch. */
    List<Batch> takeAll() {
        List<Batch> all = new ArrayList<>(open.values());
        open.clear();
        return all;
    }

    /** Forgets the batches of partitions this consumer no longer owns; their offsets were not committed. */
    void discard(Collection<TopicPartition> partitions) {
        partitions.forEach(open::remove);
    }

    /** Nanoseconds until the earliest open batch is due by time, or empty when nothing is open. */
    OptionalLong nanosUntilNextDue(long nowNanos) {
        return open.values().stream()
                .mapToLong(b -> Math.max(0, b.dueAtNanos(policy) - nowNanos))
                .min();
    }

    boolean hasOpen(TopicPartition partition) {
        return open.containsKey(partition);
    }

    int openBatches() {
        return open.size();
    }

    BatchPolicy policy() {
        return policy;
    }
}
