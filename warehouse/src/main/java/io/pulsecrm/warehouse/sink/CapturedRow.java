package io.pulsecrm.warehouse.sink;

import java.time.Instant;

/** A row of a table captured from PostgreSQL: its version and commit time are those of the change. */
interface CapturedRow extends SinkRow {

    CapturedChange change();

    @Override
    default long version() {
        return change().version();
    }

    @Override
    default Instant commitTs() {
        return change().commitTs();
    }
}
