package io.pulsecrm.warehouse.query;

import io.pulsecrm.scope.VisibleScope;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Which rows of {@code opportunity FINAL} are a viewer's open deals: live, OPEN, and everything or owned by an owner
 * in scope or attributed to a department in scope (the owner's department at the time of the deal's last change).
 * One text and one binding for the chart and its drill-down, so that a stage's figures and the deals listed behind
 * them can never disagree. The scope is chosen by the server and bound as parameters, never spliced in.
 */
final class OpenDealsInScope {

    /** A WHERE condition with three parameters, bound by {@link #bind}. */
    static final String CONDITION = """
            is_deleted = 0 AND status = 'OPEN'
                  AND (? = 1 OR has(?, owner_id) OR has(?, owner_dept_id))""";

    private OpenDealsInScope() {
    }

    /** Binds {@link #CONDITION}'s parameters from {@code first} on; returns the index of the next parameter. */
    static int bind(PreparedStatement query, int first, VisibleScope scope) throws SQLException {
        query.setInt(first, scope.all() ? 1 : 0);
        query.setObject(first + 1, List.copyOf(scope.owners()));
        query.setObject(first + 2, List.copyOf(scope.departments()));
        return first + 3;
    }
}
