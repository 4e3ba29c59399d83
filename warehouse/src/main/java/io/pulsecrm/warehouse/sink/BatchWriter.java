package io.pulsecrm.warehouse.sink;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Writes due batches and the sink's progress to the warehouse, all or nothing from the caller's view. */
interface BatchWriter extends AutoCloseable {

    /**
     * @return rows sent
     * @throws SQLException (or a runtime exception of the driver) when ClickHouse did not take them;
     *                      the same batches are written again, and their tokens make that safe
     */
    long write(List<Batch> batches, Instant now) throws SQLException;

    @Override
    void close();
}
