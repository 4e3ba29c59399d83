package io.pulsecrm.warehouse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A row of {@code org_user}, from {@code cdc.app_user}: where a user sits and whom they report to (data scopes),
 * and whether they may still sign in (a disabled user's tokens are refused by the dashboards).
 */
record OrgUserRow(long id, String username, String displayName, String title, long departmentId, Long managerId,
                  boolean enabled, String locale, Long successorId, CapturedChange change) implements CapturedRow.Entity {

    static final String TABLE = "org_user";

    static final String INSERT = InsertParams.insertSql(TABLE, "id, username, display_name, title, department_id, "
            + "manager_id, enabled, locale, successor_id", CapturedChange.COLUMNS);

    static final Route ROUTE = new Route(TABLE, INSERT, RecordMapper.captured(change -> {
        JsonFields row = change.image();
        return new OrgUserRow(
                row.requiredLong("id"),
                row.requiredString("username"),
                row.requiredString("display_name"),
                row.optionalString("title"),
                row.requiredLong("department_id"),
                row.optionalLong("manager_id"),
                row.requiredBoolean("enabled"),
                row.requiredString("locale"),
                row.optionalLong("successor_id"),
                CapturedChange.of(change));
    }));

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        change.bind(new InsertParams(insert).int64(id).text(username).text(displayName).text(title)
                .int64(departmentId).int64(managerId).bool(enabled).text(locale).int64(successorId));
    }
}
