package io.pulsecrm.warehouse.sink;

import static io.pulsecrm.warehouse.sink.Column.Kind.DATE;
import static io.pulsecrm.warehouse.sink.Column.Kind.INT32;
import static io.pulsecrm.warehouse.sink.Column.Kind.INT64;
import static io.pulsecrm.warehouse.sink.Column.Kind.MONEY;
import static io.pulsecrm.warehouse.sink.Column.oneOf;

import java.util.Set;

/**
 * Rows of {@code payment_plan}, from {@code cdc.payment_plan}: receivables (what is due when, what of it was
 * received) for the forecast's overdue ageing. The remark stays in PostgreSQL.
 */
final class PaymentPlanRow {

    /** PostgreSQL's CHECK on how a plan or a receipt is paid. */
    static final Set<String> METHODS = Set.of("BANK_TRANSFER", "CASH", "CHEQUE", "ALIPAY", "WECHAT", "OTHER");

    static final Route ROUTE = MirroredTable.entity("payment_plan",
            INT64.of("id"), INT64.of("contract_id"), INT32.of("seq"), MONEY.of("amount"), DATE.of("due_date"),
            oneOf("method", METHODS), INT32.of("reminder_days"), MONEY.of("received_amount"), INT64.of("owner_id"),
            INT64.of("owner_dept_id")).route();

    private PaymentPlanRow() {
    }
}
