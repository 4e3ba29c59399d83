package io.pulsecrm.oltp.org;

import java.time.Instant;

/** A department as stored; {@code parentId} is null for the top department only. */
public record Department(long id, Long parentId, String name, int position, Instant createdAt, Instant updatedAt,
                         int version) {

    static final int NAME_MAX = 100;
    static final int POSITION_MAX = 100_000;

    public boolean isTop() {
        return parentId == null;
    }
}
