package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.Column.Kind.INT64;
import static io.pulsecrm.warehouse.sink.Column.Kind.TIME;
import static io.pulsecrm.warehouse.sink.Column.oneOf;

import java.util.Set;

/**
 * Rows of {@code pool_event}, from {@code cdc.pool_event}: every move of a customer into or out of the public pool,
 * with the owner (and department) before and after, so a recycled customer's history stays with whoever had it.
 * Written once; the free-text reason stays in PostgreSQL.
 */
final class PoolEventRow {

    static final Route ROUTE = MirroredTable.log("pool_event",
            INT64.of("id"), INT64.of("customer_id"), oneOf("kind", Set.of("RECYCLE", "RELEASE", "CLAIM", "ASSIGN")),
            INT64.orNull("from_owner_id"), INT64.orNull("from_owner_dept_id"), INT64.orNull("to_owner_id"),
            INT64.orNull("to_owner_dept_id"), INT64.orNull("actor_id"), TIME.of("occurred_at")).route();

    private PoolEventRow() {
    }
}
