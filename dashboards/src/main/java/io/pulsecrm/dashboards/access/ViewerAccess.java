package io.pulsecrm.dashboards.access;

import io.pulsecrm.warehouse.query.ViewerScope;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The logins, grants and data scopes of viewers, read from the organization replicated into ClickHouse each
 * time they are asked for. Reads that cannot reach ClickHouse throw the warehouse library's
 * {@link io.pulsecrm.warehouse.query.WarehouseQueryException}.
 */
public interface ViewerAccess {

    /**
     * The viewer a verified token names, if the user exists and is enabled and the session is theirs, live and
     * not revoked.
     *
     * @param issuedAt the token's {@code iat}: a login made moments ago may not have reached ClickHouse yet, and is
     *                 waited for a few seconds rather than refused; null never waits
     * @throws AccessRefused otherwise
     */
    Viewer verify(long userId, UUID sessionId, Instant issuedAt, Instant tokenExpiresAt);

    /** The same checks again, for a viewer whose stream outlives the request that verified them. */
    default Optional<Viewer> recheck(Viewer viewer) {
        try {
            return Optional.of(verify(viewer.userId(), viewer.sessionId(), null, viewer.validUntil()));
        } catch (AccessRefused refused) {
            return Optional.empty();
        }
    }

    /**
     * The data scopes of these viewers at one moment; the organization is read at most once for all of them. Each
     * names its viewer, whose record teams the queries add (the same scope for everyone who sees everything).
     */
    Map<Viewer.Key, ViewerScope> scopesOf(Collection<Viewer> viewers);

    default ViewerScope scopeOf(Viewer viewer) {
        return scopesOf(List.of(viewer)).get(viewer.key());
    }
}
