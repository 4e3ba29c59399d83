package io.pulsecrm.warehouse.sink;

import org.apache.kafka.common.TopicPartition;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The records of one topic-partition since the last flush, as one contiguous offset range, and
 * the rows mapped from them (tombstones and dead-lettered records cover offsets but add no row).
 * One partition per batch keeps its deduplication token a plain offset range; a {@link Round}
 * then sends the batches of one table as one INSERT ({@link TableInsert}) built from these tokens.
 */
final class Batch {

    private final TopicPartition partition;
    private final String table;
    private final long openedAtNanos;
    private final long firstOffset;
    private long lastOffset;
    private final List<SinkRow> rows = new ArrayList<>();
    private final MessageDigest content = sha256();

    Batch(TopicPartition partition, String table, long firstOffset, long openedAtNanos) {
        this.partition = partition;
        this.table = table;
        this.firstOffset = firstOffset;
        this.lastOffset = firstOffset - 1;
        this.openedAtNanos = openedAtNanos;
    }

    void add(long offset, byte[] key, byte[] value, SinkRow rowOrNull) {
        if (offset <= lastOffset) {
            throw new IllegalArgumentException("offset " + offset + " of " + partition + " after " + lastOffset);
        }
        lastOffset = offset;
        digest(key);
        digest(value);
        if (rowOrNull != null) {
            rows.add(rowOrNull);
        }
    }

    /**
     * {@code <topic>:<partition>:<firstOffset>-<lastOffset>:<content>}: the same records give the
     * same token, so ClickHouse drops a batch that is inserted again after a crash before the
     * offset commit. {@code <content>} (64 bits of SHA-256 over the records' keys and values) keeps
     * a recreated topic, whose offsets start again at 0, from matching the token of an old batch
     * still in the deduplication window, which would silently drop new rows.
     */
    String deduplicationToken() {
        String hash = HexFormat.of().formatHex(cloneDigest().digest(), 0, 8);
        return partition.topic() + ":" + partition.partition() + ":" + firstOffset + "-" + lastOffset + ":" + hash;
    }

    private void digest(byte[] bytes) {
        content.update(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            content.update(bytes);
        }
    }

    private MessageDigest cloneDigest() {
        try {
            return (MessageDigest) content.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        return "Batch[" + partition + "@" + firstOffset + "-" + lastOffset + ", " + rows.size() + " rows]";
    }
}
