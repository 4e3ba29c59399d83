package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.Column.Kind.DATE;
import static io.pulsecrm.warehouse.sink.Column.Kind.INT32;
import static io.pulsecrm.warehouse.sink.Column.Kind.INT64;
import static io.pulsecrm.warehouse.sink.Column.Kind.MONEY;
import static io.pulsecrm.warehouse.sink.Column.Kind.TEXT;
import static io.pulsecrm.warehouse.sink.Column.Kind.TIME;
import static io.pulsecrm.warehouse.sink.Column.oneOf;

import java.util.Set;

/**
 * Rows of {@code contract}, from {@code cdc.contract}: contract amounts (RFM, forecast actuals), what has been
 * received of them, approval status and dates, the deal and customer they close. The remark stays in PostgreSQL.
 */
final class ContractRow {

    static final Route ROUTE = MirroredTable.entity("contract",
            INT64.of("id"), TEXT.of("number"), TEXT.of("name"), INT64.of("customer_id"), INT64.orNull("opportunity_id"),
            oneOf("status", Set.of("DRAFT", "PENDING_APPROVAL", "APPROVED", "REJECTED", "CANCELLED")),
            DATE.of("signed_on"), DATE.orNull("start_date"), DATE.orNull("end_date"), MONEY.of("total_amount"),
            MONEY.of("received_amount"), INT64.orNull("flow_id"), INT32.orNull("current_step"),
            TIME.orNull("submitted_at"), TIME.orNull("decided_at"), INT64.of("owner_id"), INT64.of("owner_dept_id"),
            INT64.of("created_by")).route();

    private ContractRow() {
    }
}
