package io.pulsecrm.warehouse.sink;

import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The records of one topic-partition since the last flush, as one contiguous offset range, and
 * the rows mapped from them (tombstones and dead-lettered records cover offsets but add no row).
 * One partition per batch keeps the deduplication token a plain offset range.
 */
final class Batch {

    private final TopicPartition partition;
    private final String table;
    private final long openedAtNanos;
    private final long firstOffset;
    private long lastOffset;
    private final List<SinkRow> rows = new ArrayList<>();

    Batch(TopicPartition partition, String table, long firstOffset, long openedAtNanos) {
        this.partition = partition;
        this.table = table;
        this.firstOffset = firstOffset;
        this.lastOffset = firstOffset - 1;
        this.openedAtNanos = openedAtNanos;
    }

    void add(long offset, SinkRow rowOrNull) {
        if (offset <= lastOffset) {
            throw new IllegalArgumentException("offset " + offset + " of " + partition + " after " + lastOffset);
        }
        lastOffset = offset;
        if (rowOrNull != null) {
            rows.add(rowOrNull);
        }
    }

    /**
     * {@code <topic>:<partition>:<firstOffset>-<lastOffset>}: the same records give the same token,
     * so ClickHouse drops a batch that is inserted again after a crash before the offset commit.
     */
    String deduplicationToken() {
        return partition.topic() + ":" + partition.partition() + ":" + firstOffset + "-" + lastOffset;
    }

    boolean isDue(long nowNanos, BatchPolicy policy) {
        return rows.size() >= policy.maxRows() || nowNanos - openedAtNanos >= policy.maxDelay().toNanos();
    }

    long dueAtNanos(BatchPolicy policy) {
        return openedAtNanos + policy.maxDelay().toNanos();
    }

    /** The offset to commit once this batch is written: the next record to read. */
    long nextOffset() {
        return lastOffset + 1;
    }

    long maxVersion() {
        return rows.stream().mapToLong(SinkRow::version).max().orElse(0);
    }

    Instant maxCommitTs() {
        return rows.stream().map(SinkRow::commitTs).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    TopicPartition partition() {
        return partition;
    }

    String table() {
        return table;
    }

    long firstOffset() {
        return firstOffset;
    }

    long lastOffset() {
        return lastOffset;
    }

    List<SinkRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    @Override
    public String toString() {
        return "Batch[" + deduplicationToken() + ", " + rows.size() + " rows]";
    }
}
