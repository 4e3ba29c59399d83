package io.pulsecrm.warehouse.sink;

import java.sql.SQLException;
import java.time.Instant;

/**
 * What every row captured from PostgreSQL carries, whatever its table: the change's LSN (the
 * ReplacingMergeTree version), whether it deleted the row, and its commit time. Join tables have nothing
 * else besides their key.
 */
record ChangeStamp(long version, byte isDeleted, Instant commitTs) {

    /** The columns, in the order {@link #bind} fills them; they end every captured table's INSERT column list. */
    static final String COLUMNS = "version, is_deleted, commit_ts";

    static ChangeStamp of(DebeziumChange change) {
        return new ChangeStamp(change.lsn(), change.isDeletedFlag(), change.commitTs());
    }

    void bind(InsertParams params) throws SQLException {
        params.int64(version).int8(isDeleted).time(commitTs);
    }
}
