package io.pulsecrm.streams.rows;

import static io.pulsecrm.streams.change.Fields.optionalDate;
import static io.pulsecrm.streams.change.Fields.optionalLong;
import static io.pulsecrm.streams.change.Fields.requireDecimal;
import static io.pulsecrm.streams.change.Fields.requireInstant;
import static io.pulsecrm.streams.change.Fields.requireLong;
import static io.pulsecrm.streams.change.Fields.requireString;

import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeEnvelope;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.LsnVersioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.kafka.streams.kstream.KTable;
import tools.jackson.databind.JsonNode;

/** A contract (order) as captured; its totals are computed by oltp-app. */
public record ContractRow(long id, long customerId, Long opportunityId, String status, LocalDate signedOn,
        BigDecimal totalAmount, BigDecimal receivedAmount, Long ownerId, Long ownerDeptId, Instant createdAt,
        long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    /** The latest contract rows by id (shared by every topology; a delete stays as a marker, {@code deleted}). */
    public static KTable<String, ContractRow> table(ChangeTables tables) {
        return tables.latest(Topics.cdc("contract"), "contract", ContractRow.class, ContractRow::from);
    }

    static ContractRow from(ChangeEnvelope event) {
        JsonNode r = event.row();
        return new ContractRow(requireLong(r, "id"), requireLong(r, "customer_id"), optionalLong(r, "opportunity_id"),
                requireString(r, "status"), optionalDate(r, "signed_on"), requireDecimal(r, "total_amount"),
                requireDecimal(r, "received_amount"), optionalLong(r, "owner_id"), optionalLong(r, "owner_dept_id"),
                requireInstant(r, "created_at"),
                event.lsn(), event.tsMs(), event.isDelete());
    }
}
