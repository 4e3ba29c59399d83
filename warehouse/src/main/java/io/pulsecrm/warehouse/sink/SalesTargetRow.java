package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.Column.Kind.INT32;
import static io.pulsecrm.warehouse.sink.Column.Kind.INT64;
import static io.pulsecrm.warehouse.sink.Column.Kind.MONEY;

/**
 * Rows of {@code sales_target}, from {@code cdc.sales_target}: the month's contract and receipt targets of one user
 * or one department (exactly one of {@code user_id}, {@code department_id} is set), for the managers' sales brief.
 */
final class SalesTargetRow {

    static final Route ROUTE = MirroredTable.entity("sales_target",
            INT64.of("id"), INT32.of("year"), INT32.of("month"), INT64.orNull("user_id"), INT64.orNull("department_id"),
            MONEY.of("contract_amount"), MONEY.of("receipt_amount")).route();

    private SalesTargetRow() {
    }
}
