package io.pulsecrm.warehouse.sink;

import java.sql.SQLException;
import java.time.Instant;

/** Writes a round and the sink's progress to the warehouse, all or nothing from the caller's view. */
interface BatchWriter extends AutoCloseable {

    /**
     * Sends the round's inserts (one per table), then its {@code sink_progress} rows (one statement).
     *
     * @return rows sent
     * @throws SQLException (or a runtime exception of the driver) when ClickHouse did not take them;
     *                      the same round is written again, and its tokens make that safe
     */
    long write(Round round, Instant now) throws SQLException;

    @Override
    void close();
}
