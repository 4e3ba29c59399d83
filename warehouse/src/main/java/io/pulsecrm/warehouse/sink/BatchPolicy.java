package io.pulsecrm.warehouse.sink;

import java.time.Duration;

/** When a batch is flushed: once it holds {@code maxRows} rows, or {@code maxDelay} after its first record. */
public record BatchPolicy(int maxRows, Duration maxDelay) {

    public static final BatchPolicy DEFAULT = new BatchPolicy(1_000, Duration.ofMillis(200));

    public BatchPolicy {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        if (maxDelay.isNegative()) {
            throw new IllegalArgumentException("maxDelay must not be negative: " + maxDelay);
        }
    }
}
