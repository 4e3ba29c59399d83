package io.pulsecrm.warehouse.sink;

import java.time.Duration;

/** When a batch is flushed: once it holds {@code maxRows} rows, or {@code maxDelay} after its first record. */
public record BatchPolicy(int maxRows, Duration maxDelay) {

    /**
     * 100 ms (it was 200): a round costs one statement per table plus one whatever the number of
     * partitions, so flushing this often is affordable, and it takes 100 ms off the worst freshness.
     */
    public static final BatchPolicy DEFAULT = new BatchPolicy(1_000, Duration.ofMillis(100));

    public BatchPolicy {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        if (maxDelay.isNegative()) {
            throw new IllegalArgumentException("maxDelay must not be negative: " + maxDelay);
        }
    }
}
