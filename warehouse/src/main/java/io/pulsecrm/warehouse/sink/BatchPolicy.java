package io.pulsecrm.warehouse.sink;

import java.time.Duration;

/** When a batch is flushed: once it holds {@code maxRows} rows, or {@code maxDelay} after its first record. */
public record BatchPolicy(int maxRows, Duration maxDelay) {

    /**
     * 100 ms (it was 200): a round costs one statement per table plus one whatever the number of
     * partitions, so flushing this often is affordable, and it takes 100 ms off the worst freshness.
     * 5,000 rows (it was 1,000): under a backlog a full batch makes a round due at once, and each
     * statement has a fixed cost in ClickHouse (a part, a deduplication check; the local engine runs one
     * statement at a time), so 1,000-row rounds held the sink behind the stream processors.
     */
    public static final BatchPolicy DEFAULT = new BatchPolicy(5_000, Duration.ofMillis(100));

    public BatchPolicy {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        if (maxDelay.isNegative()) {
            throw new IllegalArgumentException("maxDelay must not be negative: " + maxDelay);
        }
    }
}
