package io.pulsecrm.warehouse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

/**
 * A row of {@code org_record_team_member}, from {@code cdc.record_team_member}: a user on the team of a customer,
 * deal or contract, who sees that record whatever their data scope. A delete ({@code is_deleted = 1}) takes the
 * record away from them again. Who added the member and when are not needed downstream and not stored.
 */
record OrgTeamMemberRow(long userId, String entityType, long entityId, String access, ChangeStamp stamp)
        implements CapturedRow {

    static final String TABLE = "org_record_team_member";

    static final String INSERT = InsertParams.insertSql(TABLE, "user_id, entity_type, entity_id, access",
            ChangeStamp.COLUMNS);

    /**
     * PostgreSQL's CHECKs. A value outside them is a poison record, as for a role's data scope: a new kind of record
     * or access needs a decision here, not a row the dashboards would read as some other kind.
     */
    static final Set<String> ENTITY_TYPES = Set.of("CUSTOMER", "OPPORTUNITY", "CONTRACT");
    static final Set<String> ACCESS = Set.of("READ", "WRITE");

    static final Route ROUTE = new Route(TABLE, INSERT, RecordMapper.captured(change -> {
        JsonFields row = change.image();
        return new OrgTeamMemberRow(row.requiredLong("user_id"), row.requiredEnum("entity_type", ENTITY_TYPES),
                row.requiredLong("entity_id"), row.requiredEnum("access", ACCESS), ChangeStamp.of(change));
    }));

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        stamp.bind(new InsertParams(insert).int64(userId).text(entityType).int64(entityId).text(access));
    }
}
