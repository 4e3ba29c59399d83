package io.pulsecrm.warehouse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

/** A row of {@code org_role}, from {@code cdc.app_role}: the data scope a role grants. */
record OrgRoleRow(long id, String code, String name, String dataScope, boolean builtIn, CapturedChange change)
        implements CapturedRow.Entity {

    static final String TABLE = "org_role";

    static final String INSERT = InsertParams.insertSql(TABLE, "id, code, name, data_scope, built_in",
            CapturedChange.COLUMNS);

    /** PostgreSQL's CHECK; a scope the dashboards would not understand is a poison record, not a silent SELF. */
    static final Set<String> DATA_SCOPES =
            Set.of("SELF", "SELF_AND_SUBORDINATES", "DEPT", "DEPT_AND_CHILDREN", "CUSTOM", "ALL");

    static final Route ROUTE = new Route(TABLE, INSERT, RecordMapper.captured(change -> {
        JsonFields row = change.image();
        return new OrgRoleRow(row.requiredLong("id"), row.optionalString("code"), row.requiredString("name"),
                row.requiredEnum("data_scope", DATA_SCOPES), row.requiredBoolean("built_in"), CapturedChange.of(change));
    }));

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        change.bind(new InsertParams(insert).int64(id).text(code).text(name).text(dataScope).bool(builtIn));
    }
}
