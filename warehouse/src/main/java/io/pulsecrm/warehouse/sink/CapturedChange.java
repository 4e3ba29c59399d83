package io.pulsecrm.warehouse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What every row captured from a PostgreSQL table carries besides its own columns: the entity's timestamps and
 * optimistic-lock version, and the change's LSN (the ReplacingMergeTree version), delete flag and commit time.
 * Every captured table has these columns under the same names, so one piece maps and binds them.
 */
record CapturedChange(Instant createdAt, Instant updatedAt, int entityVersion, long version, byte isDeleted,
                      Instant commitTs) {

    /** The columns, in the order {@link #bind} fills them; they end every captured table's INSERT column list. */
    static final String COLUMNS = "created_at, updated_at, entity_version, version, is_deleted, commit_ts";

    static CapturedChange of(DebeziumChange change) throws UnmappableRecordException {
        JsonFields row = change.image();
        return new CapturedChange(row.requiredInstant("created_at"), row.requiredInstant("updated_at"),
                row.requiredInt("version"), change.lsn(), change.isDeletedFlag(), change.commitTs());
    }

    /** Binds {@link #COLUMNS} from parameter {@code first} on. */
    void bind(PreparedStatement insert, int first) throws SQLException {
        insert.setObject(first, createdAt);
        insert.setObject(first + 1, updatedAt);
        insert.setInt(first + 2, entityVersion);
        insert.setLong(first + 3, version);
        insert.setByte(first + 4, isDeleted);
        insert.setObject(first + 5, commitTs);
    }
}
