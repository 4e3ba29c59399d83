package io.pulsecrm.dashboards.pipeline;

import java.time.Instant;
import java.util.Objects;

/**
 * How far the warehouse sink has written: a new value means new rows reached ClickHouse.
 *
 * @param token opaque; only compared for equality
 * @param updatedAt when that data was written, shown to managers as "last updated"; null before any write
 */
public record Watermark(String token, Instant updatedAt) {

    public static final Watermark NONE = new Watermark("", null);

    public Watermark {
        Objects.requireNonNull(token, "token");
    }
}
