package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.Column.Kind.INT64;
import static io.pulsecrm.warehouse.sink.Column.Kind.TIME;
import static io.pulsecrm.warehouse.sink.Column.oneOf;
import static io.pulsecrm.warehouse.sink.Column.oneOfOrNull;

import java.util.Set;

/**
 * Rows of {@code follow_up}, from {@code cdc.follow_up}: engagement (follow-ups in the last 30/90 days) per customer,
 * by kind and method. What was said ({@code content}) stays in PostgreSQL.
 */
final class FollowUpRow {

    static final Route ROUTE = MirroredTable.entity("follow_up",
            INT64.of("id"), oneOf("subject_type", Set.of("LEAD", "CUSTOMER", "CONTACT", "OPPORTUNITY", "CONTRACT")),
            INT64.of("subject_id"), INT64.orNull("customer_id"),
            oneOf("kind", Set.of("COMMUNICATION", "LOG", "SCHEDULE", "TASK", "APPROVAL")),
            oneOfOrNull("method", Set.of("PHONE", "EMAIL", "VISIT", "SMS", "OTHER")), TIME.of("occurred_at"),
            TIME.orNull("next_contact_at"), INT64.of("owner_id"), INT64.of("owner_dept_id")).route();

    private FollowUpRow() {
    }
}
