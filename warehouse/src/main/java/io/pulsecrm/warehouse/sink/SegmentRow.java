package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.Column.Kind.INT64;
import static io.pulsecrm.warehouse.sink.Column.Kind.TEXT;

/**
 * Rows of {@code segment}, from {@code cdc.segment}: a marketer's segment, its rule tree as JSON text and its owner.
 * The description stays in PostgreSQL.
 */
final class SegmentRow {

    static final Route ROUTE = MirroredTable.entity("segment",
            INT64.of("id"), TEXT.of("name"), TEXT.of("rule"), INT64.of("owner_id"), INT64.of("owner_dept_id")).route();

    private SegmentRow() {
    }
}
