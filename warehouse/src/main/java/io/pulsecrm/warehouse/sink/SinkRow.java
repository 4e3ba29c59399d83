package io.pulsecrm.warehouse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** One row for a warehouse table, mapped from one Kafka record. */
interface SinkRow {

    /** The ReplacingMergeTree version: source LSN for facts, the derived version for aggregates. */
    long version();

    /** Commit time of the source change. */
    Instant commitTs();

    /** Binds this row to the table's INSERT statement (parameter order of its column list). */
    void bind(PreparedStatement insert) throws SQLException;
}
