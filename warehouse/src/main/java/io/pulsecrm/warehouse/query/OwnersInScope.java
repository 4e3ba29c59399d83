package io.pulsecrm.warehouse.query;

import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Which rows of an aggregate keyed by owner and department a scope covers: everything, or an owner in scope, or a
 * department in scope (the owner's department as on the source row). Aggregates carry no record ids, so a record's
 * team cannot widen them as it widens the deal facts ({@link OpenDealsInScope}). Bound as parameters, never spliced.
 */
final class OwnersInScope {

    /** A WHERE condition with three parameters, bound by {@link #bind}. */
    static final String CONDITION = "(? = 1 OR has(?, owner_id) OR has(?, owner_dept_id))";

    /**
     * What a dashboard's filters narrow the rows to inside the scope, with four parameters bound by {@link #bindNarrowed}:
     * the departments the rows are attributed to (when chosen), the owner (when chosen).
     */
    static final String NARROWED = "(? = 0 OR has(?, owner_dept_id)) AND (? = 0 OR owner_id = ?)";

    private OwnersInScope() {
    }

    /** Binds {@link #CONDITION}'s parameters from {@code first} on; returns the index of the next parameter. */
    static int bind(PreparedStatement query, int first, VisibleScope scope) throws SQLException {
        query.setInt(first, scope.all() ? 1 : 0);
        query.setObject(first + 1, List.copyOf(scope.owners()));
        query.setObject(first + 2, List.copyOf(scope.departments()));
        return first + 3;
    }

    /** Binds {@link #NARROWED}'s parameters from {@code first} on; returns the index of the next parameter. */
    static int bindNarrowed(PreparedStatement query, int first, FactFilter filter) throws SQLException {
        query.setInt(first, filter.departments() == null ? 0 : 1);
        query.setObject(first + 1, filter.departments() == null ? List.of() : List.copyOf(filter.departments()));
        query.setInt(first + 2, filter.ownerId() == null ? 0 : 1);
        query.setLong(first + 3, filter.ownerId() == null ? 0 : filter.ownerId());
        return first + 4;
    }
}
