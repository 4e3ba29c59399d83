package io.pulsecrm.warehouse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A row of a join table of the organization, whose primary key is both its columns: the link exists, or (a
 * delete, {@code is_deleted = 1}) no longer does. The second column is an id, or text for a permission.
 */
record OrgLinkRow(Link link, long first, Object second, ChangeStamp stamp) implements CapturedRow {

    /** The join tables: ClickHouse table, and the two columns in primary-key order. */
    enum Link {
        USER_ROLE("org_user_role", "user_id", "role_id"),
        ROLE_SCOPE_DEPARTMENT("org_role_scope_department", "role_id", "department_id"),
        ROLE_PERMISSION("org_role_permission", "role_id", "permission");

        final String table;
        final String firstColumn;
        final String secondColumn;

        Link(String table, String firstColumn, String secondColumn) {
            this.table = table;
            this.firstColumn = firstColumn;
            this.secondColumn = secondColumn;
        }

        private boolean textual() {
            return this == ROLE_PERMISSION;
        }

        Route route() {
            return new Route(table, InsertParams.insertSql(table, firstColumn + ", " + secondColumn, ChangeStamp.COLUMNS),
                    RecordMapper.captured(change -> {
                        JsonFields row = change.image();
                        Object second = textual() ? row.requiredString(secondColumn) : row.requiredLong(secondColumn);
                        return new OrgLinkRow(this, row.requiredLong(firstColumn), second, ChangeStamp.of(change));
                    }));
        }
    }

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        var params = new InsertParams(insert).int64(first);
        if (second instanceof String text) {
            params.text(text);
        } else {
            params.int64((Long) second);
        }
        stamp.bind(params);
    }
}
