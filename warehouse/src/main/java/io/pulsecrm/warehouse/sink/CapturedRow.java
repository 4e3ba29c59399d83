package io.pulsecrm.warehouse.sink;

import java.time.Instant;

/** A row of a table captured from PostgreSQL: its version and commit time are those of the change. */
interface CapturedRow extends SinkRow {

    ChangeStamp stamp();

    @Override
    default long version() {
        return stamp().version();
    }

    @Override
    default Instant commitTs() {
        return stamp().commitTs();
    }

    /** A row of an entity table, whose stamp comes with its timestamps and optimistic-lock version. */
    interface Entity extends CapturedRow {

        CapturedChange change();

        @Override
        default ChangeStamp stamp() {
            return change().stamp();
        }
    }
}
