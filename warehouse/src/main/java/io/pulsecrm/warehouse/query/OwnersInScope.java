package io.pulsecrm.warehouse.query;

import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Which rows of an aggregate keyed by owner and department a scope covers: everything, or an owner in scope, or a
 * department in scope (the owner's department as on the source row). Aggregates carry no record ids, so a record's
 * team cannot widen them as it widens the deal facts ({@link OpenDealsInScope}). Bound as parameters, never spliced.
 */
final class OwnersInScope {

    /**
     * A WHERE condition with three parameters, bound by {@link #bind}. {@code column IN array} is a set lookup; has()
     * compared each row with every element of the array (17 times slower for a manager's month of follow-ups).
     */
    static final String CONDITION = "(? = 1 OR owner_id IN ? OR owner_dept_id IN ?)";

    /**
     * What a dashboard's filters narrow the rows to inside the scope, with four parameters bound by {@link #bindNarrowed}:
     * the departments the rows are attributed to (when chosen), the owner (when chosen).
     */
    static final String NARROWED = "(? = 0 OR owner_dept_id IN ?) AND (? = 0 OR owner_id = ?)";

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
        return bindNarrowed(query, first, filter.departments(), filter.ownerId());
    }

    /** Binds {@link #NARROWED}'s parameters: the departments (null: any) and the owner (null: any). */
    static int bindNarrowed(PreparedStatement query, int first, Set<Long> departments, Long ownerId)
            throws SQLException {
        query.setInt(first, departments == null ? 0 : 1);
        query.setObject(first + 1, departments == null ? List.of() : List.copyOf(departments));
        query.setInt(first + 2, ownerId == null ? 0 : 1);
        query.setLong(first + 3, ownerId == null ? 0 : ownerId);
        return first + 4;
    }
}
