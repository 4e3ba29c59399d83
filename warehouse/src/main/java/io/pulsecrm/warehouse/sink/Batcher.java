package io.pulsecrm.warehouse.sink;

import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Open batches, one per topic-partition, and the flush rule: a batch is due at
 * {@link BatchPolicy#maxRows()} rows or {@link BatchPolicy#maxDelay()} after its first record, and
 * once any batch is due, every open batch goes into the round. So no batch is held longer than the
 * policy allows, and the batches of all partitions and tables close together: under steady load the
 * sink writes one round per {@code maxDelay} (one INSERT per table, one {@code sink_progress}
 * INSERT) instead of one per partition whose timer happens to expire. Time is passed in
 * (nanoTime) so the rules are testable without waiting. Not thread-safe: owned by the consumer thread.
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
     * @return whether that batch now holds {@code maxRows} rows, so a round is due at once
     */
    boolean add(TopicPartition partition, String table, long offset, byte[] key, byte[] value, SinkRow rowOrNull,
                long nowNanos) {
        Batch batch = open.computeIfAbsent(partition, p -> new Batch(p, table, offset, nowNanos));
        batch.add(offset, key, value, rowOrNull);
        return batch.rows().size() >= policy.maxRows();
    }

    /** Once any open batch is due, removes and returns every open batch as one round; else an empty round. */
    Round takeRound(long nowNanos) {
        boolean anyDue = open.values().stream().anyMatch(b -> b.isDue(nowNanos, policy));
        return anyDue ? takeAll() : Round.empty();
    }

    /** Removes and returns every open batch as one round. */
    Round takeAll() {
        Round all = Round.of(open.values());
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
