package io.pulsecrm.dashboards.pipeline;

import java.time.Instant;
import java.util.Objects;

/**
 * How far the warehouse sink has written: a new value means new rows reached ClickHouse.
 *
 * @param token      opaque, of the tables behind the figures; only compared for equality
 * @param scopeToken opaque, of the organization and session tables: when it moves, viewers' logins and scopes are
 *                   checked again
 * @param updatedAt  when the figures' data was written, shown to managers as "last updated"; null before any write
 */
public record Watermark(String token, String scopeToken, Instant updatedAt) {

    public static final Watermark NONE = new Watermark("", "", null);

    public Watermark {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(scopeToken, "scopeToken");
    }

    /** A watermark of the figures alone (an organization that never changes). */
    public Watermark(String token, Instant updatedAt) {
        this(token, "", updatedAt);
    }
}
