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

/** A receipt (回款) on a contract, linked to one of its plans or not. */
public record ReceiptRow(long id, long contractId, Long planId, long customerId, BigDecimal amount, LocalDate receivedOn,
        Long ownerId, Long ownerDeptId,
        long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    /** The latest receipt rows by id (shared by every topology; a delete stays as a marker, {@code deleted}). */
    public static KTable<String, ReceiptRow> table(ChangeTables tables) {
        return tables.latest(Topics.cdc("receipt"), "receipt", ReceiptRow.class, ReceiptRow::from);
    }

    static ReceiptRow from(ChangeEnvelope event) {
        JsonNode r = event.row();
        return new ReceiptRow(requireLong(r, "id"), requireLong(r, "contract_id"), optionalLong(r, "plan_id"),
                requireLong(r, "customer_id"), requireDecimal(r, "amount"), requireDate(r, "received_on"),
                optionalLong(r, "owner_id"), optionalLong(r, "owner_dept_id"),
                event.lsn(), event.tsMs(), event.isDelete());
    }
}
