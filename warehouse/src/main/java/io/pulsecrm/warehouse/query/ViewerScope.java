package io.pulsecrm.warehouse.query;

import io.pulsecrm.scope.VisibleScope;
import java.util.Objects;

/**
 * Whose facts a viewer may see: those their data scope covers, and the records whose team they are on. The scope is
 * resolved by the caller from the organization; the teams are looked up by the queries themselves, in the same
 * statement, from the replicated team table, so a member added or removed counts from the next read on.
 *
 * @param viewerId the user whose team memberships count; {@link #NOBODY} when the scope is everything, where teams
 *                 add nothing, so that every such viewer has one and the same scope (and one chart in a shared feed)
 */
public record ViewerScope(long viewerId, VisibleScope scope) {

    /** No user: ids start at 1 in PostgreSQL. */
    public static final long NOBODY = 0;

    /** Every fact, whoever asks. */
    public static final ViewerScope EVERYTHING = new ViewerScope(NOBODY, VisibleScope.EVERYTHING);

    public ViewerScope {
        Objects.requireNonNull(scope, "scope");
        if (scope.all()) {
            viewerId = NOBODY;
        }
    }
}
