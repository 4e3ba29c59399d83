package io.pulsecrm.warehouse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code org_user_session}, from {@code cdc.user_session}: a login's ids and times, so the dashboards
 * refuse a token whose session was revoked (logout) or has expired. Where the session came from is not captured.
 */
record OrgUserSessionRow(UUID id, long userId, Instant createdAt, Instant expiresAt, Instant revokedAt, ChangeStamp stamp)
        implements CapturedRow {

    static final String TABLE = "org_user_session";

    static final String INSERT = InsertParams.insertSql(TABLE, "id, user_id, created_at, expires_at, revoked_at",
            ChangeStamp.COLUMNS);

    static final Route ROUTE = new Route(TABLE, INSERT, RecordMapper.captured(change -> {
        JsonFields row = change.image();
        return new OrgUserSessionRow(row.requiredUuid("id"), row.requiredLong("user_id"),
                row.requiredInstant("created_at"), row.requiredInstant("expires_at"), row.optionalInstant("revoked_at"),
                ChangeStamp.of(change));
    }));

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        stamp.bind(new InsertParams(insert).uuid(id).int64(userId).time(createdAt).time(expiresAt).time(revokedAt));
    }
}
