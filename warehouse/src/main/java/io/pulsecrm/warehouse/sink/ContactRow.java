package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.Column.Kind.BOOL;
import static io.pulsecrm.warehouse.sink.Column.Kind.INT64;

/**
 * Rows of {@code contact}, from {@code cdc.contact}: which customer a contact belongs to, whether primary, and its
 * holder. Who the contact is (name, title) and how to reach them stay in PostgreSQL.
 */
final class ContactRow {

    static final Route ROUTE = MirroredTable.entity("contact",
            INT64.of("id"), INT64.of("customer_id"), BOOL.of("is_primary"), INT64.orNull("owner_id"),
            INT64.orNull("owner_dept_id"), INT64.of("created_by")).route();

    private ContactRow() {
    }
}
