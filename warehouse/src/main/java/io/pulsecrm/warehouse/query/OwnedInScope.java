package io.pulsecrm.warehouse.query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * oltp-app's visibility rule on rows that carry {@code owner_id} and {@code owner_dept_id}: everything, or an owner in
 * scope, or a department in scope, or a record on whose team the viewer is (read in the same statement from the
 * current {@code org_record_team_member} rows, never cached). The scope is chosen by the server and bound as
 * parameters, never spliced in; only the record's id column and entity type, constants of this package, are.
 */
final class OwnedInScope {

    private OwnedInScope() {
    }

    /**
     * A condition with four parameters, bound by {@link #bind}. {@code column IN array} is a set lookup (has() compared
     * each row with every element of the array); a NULL owner gives NULL rather than 0, false all the same here.
     */
    static String condition(String idColumn, String entityType) {
        return """
                (? = 1 OR owner_id IN ? OR owner_dept_id IN ?
                       OR %s IN (SELECT entity_id FROM org_record_team_member FINAL
                                 WHERE user_id = ? AND entity_type = '%s' AND is_deleted = 0))"""
                .formatted(idColumn, entityType);
    }

    /** Binds {@link #condition}'s parameters from {@code first} on; returns the index of the next parameter. */
    static int bind(PreparedStatement query, int first, ViewerScope viewer) throws SQLException {
        query.setInt(first, viewer.scope().all() ? 1 : 0);
        query.setObject(first + 1, List.copyOf(viewer.scope().owners()));
        query.setObject(first + 2, List.copyOf(viewer.scope().departments()));
        query.setLong(first + 3, viewer.viewerId());
        return first + 4;
    }
}
