package io.pulsecrm.warehouse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A row of {@code org_department}, from {@code cdc.department}: the tree data scopes walk. */
record OrgDepartmentRow(long id, Long parentId, String name, int position, CapturedChange change)
        implements CapturedRow.Entity {

    static final String TABLE = "org_department";

    static final String INSERT = InsertParams.insertSql(TABLE, "id, parent_id, name, position", CapturedChange.COLUMNS);

    static final Route ROUTE = new Route(TABLE, INSERT, RecordMapper.captured(change -> {
        JsonFields row = change.image();
        return new OrgDepartmentRow(row.requiredLong("id"), row.optionalLong("parent_id"), row.requiredString("name"),
                row.requiredInt("position"), CapturedChange.of(change));
    }));

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        change.bind(new InsertParams(insert).int64(id).int64(parentId).text(name).int32(position));
    }
}
