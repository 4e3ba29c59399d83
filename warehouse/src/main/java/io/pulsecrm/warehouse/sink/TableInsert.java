package io.pulsecrm.warehouse.sink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One INSERT of a round: the rows of every batch of one table, batches in (topic, partition)
 * order and rows in offset order, sent as one statement under one deduplication token.
 *
 * @param batches the table's batches that carry rows, sorted by topic and partition
 */
record TableInsert(String table, List<Batch> batches) {

    /**
     * Longest token sent as the joined per-partition tokens. The token travels as an HTTP query
     * parameter; 1,000 characters holds about 20 partitions' tokens, more are hashed.
     */
    static final int MAX_JOINED_TOKEN_LENGTH = 1_000;

    TableInsert {
        if (batches.isEmpty()) {
            throw new IllegalArgumentException("no batches for " + table);
        }
        batches = List.copyOf(batches);
    }

    /**
     * The same records give the same token, so ClickHouse drops this insert when a round is
     * retried after it was already stored (e.g. the next table's insert failed).
     * <ul>
     * <li>one batch: its own token, {@code <topic>:<partition>:<first>-<last>:<content>};</li>
     * <li>several: their tokens in (topic, partition) order joined by {@code ,}: readable in
     *     ClickHouse's logs, and a different set of offset ranges or records is a different token;</li>
     * <li>if that is longer than {@link #MAX_JOINED_TOKEN_LENGTH}: {@code <table>:<n>-batches:<SHA-256
     *     hex of the joined tokens>}, equally deterministic.</li>
     * </ul>
     */
    String deduplicationToken() {
        if (batches.size() == 1) {
            return batches.getFirst().deduplicationToken();
        }
        String joined = batches.stream().map(Batch::deduplicationToken).collect(Collectors.joining(","));
        if (joined.length() <= MAX_JOINED_TOKEN_LENGTH) {
            return joined;
        }
        return table + ":" + batches.size() + "-batches:" + sha256Hex(joined);
    }

    List<SinkRow> rows() {
        return batches.stream().flatMap(b -> b.rows().stream()).toList();
    }

    int rowCount() {
        return batches.stream().mapToInt(b -> b.rows().size()).sum();
    }

    long maxVersion() {
        return batches.stream().mapToLong(Batch::maxVersion).max().orElse(0);
    }

    Instant maxCommitTs() {
        return batches.stream().map(Batch::maxCommitTs).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
