package io.pulsecrm.streams.rows;

import static io.pulsecrm.streams.change.Fields.optionalLong;
import static io.pulsecrm.streams.change.Fields.requireDate;
import static io.pulsecrm.streams.change.Fields.requireDecimal;
import static io.pulsecrm.streams.change.Fields.requireLong;

import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeEnvelope;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.LsnVersioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.kafka.streams.kstream.KTable;
import tools.jackson.databind.JsonNode;

/** A payment plan (回款计划) of a contract; received_amount is kept by oltp-app from the receipts linked to it. */
public record PaymentPlanRow(long id, long contractId, int seq, BigDecimal amount, LocalDate dueDate,
        BigDecimal receivedAmount, Long ownerId, Long ownerDeptId,
        long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    /** The latest payment_plan rows by id (shared by every topology; a delete stays as a marker, {@code deleted}). */
    public static KTable<String, PaymentPlanRow> table(ChangeTables tables) {
        return tables.latest(Topics.cdc("payment_plan"), "payment_plan", PaymentPlanRow.class, PaymentPlanRow::from);
    }

    static PaymentPlanRow from(ChangeEnvelope event) {
        JsonNode r = event.row();
        return new PaymentPlanRow(requireLong(r, "id"), requireLong(r, "contract_id"), (int) requireLong(r, "seq"),
                requireDecimal(r, "amount"), requireDate(r, "due_date"), requireDecimal(r, "received_amount"),
                optionalLong(r, "owner_id"), optionalLong(r, "owner_dept_id"),
                event.lsn(), event.tsMs(), event.isDelete());
    }
}
