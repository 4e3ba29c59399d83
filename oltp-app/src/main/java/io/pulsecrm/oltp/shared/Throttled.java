package io.pulsecrm.oltp.shared;

import java.time.Duration;
import java.util.List;

/** Too many attempts: HTTP 429 with {@code Retry-After}. */
public abstract non-sealed class Throttled extends DomainException {

    private final Duration retryAfter;

    protected Throttled(String message, Duration retryAfter) {
        super(message, List.of());
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
