package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.Column.Kind.DATE;
import static io.pulsecrm.warehouse.sink.Column.Kind.INT64;
import static io.pulsecrm.warehouse.sink.Column.Kind.MONEY;
import static io.pulsecrm.warehouse.sink.Column.Kind.TEXT;
import static io.pulsecrm.warehouse.sink.Column.oneOf;

/**
 * Rows of {@code receipt}, from {@code cdc.receipt}: cash received (回款) per contract, plan and customer, the
 * recency and money of RFM and the "received" of campaign ROI. The remark stays in PostgreSQL.
 */
final class ReceiptRow {

    static final Route ROUTE = MirroredTable.entity("receipt",
            INT64.of("id"), TEXT.of("number"), INT64.of("contract_id"), INT64.orNull("plan_id"), INT64.of("customer_id"),
            MONEY.of("amount"), DATE.of("received_on"), oneOf("method", PaymentPlanRow.METHODS), INT64.of("owner_id"),
            INT64.of("owner_dept_id"), INT64.of("created_by")).route();

    private ReceiptRow() {
    }
}
