package io.pulsecrm.warehouse.sink;

import java.sql.SQLException;
import java.time.Instant;

/**
 * What every row of an entity table (one with timestamps and an optimistic-lock version) carries besides its own
 * columns: the entity's timestamps and version, and the {@link ChangeStamp} of the change. These tables have the
 * columns under the same names, so one piece maps and binds them.
 */
record CapturedChange(Instant createdAt, Instant updatedAt, int entityVersion, long version, byte isDeleted,
                      Instant commitTs) {

    /** The columns, in the order {@link #bind} fills them; they end every entity table's INSERT column list. */
    static final String COLUMNS = "created_at, updated_at, entity_version, " + ChangeStamp.COLUMNS;

    static CapturedChange of(DebeziumChange change) throws UnmappableRecordException {
        JsonFields row = change.image();
        return new CapturedChange(row.requiredInstant("created_at"), row.requiredInstant("updated_at"),
                row.requiredInt("version"), change.lsn(), change.isDeletedFlag(), change.commitTs());
    }

    ChangeStamp stamp() {
        return new ChangeStamp(version, isDeleted, commitTs);
    }

    void bind(InsertParams params) throws SQLException {
        params.time(createdAt).time(updatedAt).int32(entityVersion);
        stamp().bind(params);
    }
}
