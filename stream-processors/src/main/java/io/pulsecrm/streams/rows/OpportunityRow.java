package io.pulsecrm.streams.rows;

import static io.pulsecrm.streams.change.Fields.optionalDate;
import static io.pulsecrm.streams.change.Fields.optionalInstant;
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
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import tools.jackson.databind.JsonNode;

/** An opportunity as captured (its name and reasons are not needed downstream). */
public record OpportunityRow(long id, long stageId, BigDecimal amount, String status, Long customerId, Long ownerId,
        Long ownerDeptId, Long campaignId, LocalDate expectedCloseDate, Instant createdAt, Instant closedAt,
        long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    /** The latest opportunity rows by id (shared by every topology; a delete stays as a marker, {@code deleted}). */
    public static KTable<String, OpportunityRow> table(ChangeTables tables) {
        return tables.latest(Topics.cdc("opportunity"), "opportunity", OpportunityRow.class, OpportunityRow::from);
    }

    /** Every valid change of {@code cdc.opportunity} as it arrives (duplicates and stale replays included), for topologies
     * that keep their own per-key state. */
    public static KStream<String, OpportunityRow> changes(ChangeTables tables) {
        return tables.changes(Topics.cdc("opportunity"), "opportunity", OpportunityRow.class, OpportunityRow::from);
    }

    static OpportunityRow from(ChangeEnvelope event) {
        JsonNode r = event.row();
        return new OpportunityRow(requireLong(r, "id"), requireLong(r, "stage_id"), requireDecimal(r, "amount"),
                requireString(r, "status"), optionalLong(r, "customer_id"), optionalLong(r, "owner_id"),
                optionalLong(r, "owner_dept_id"), optionalLong(r, "campaign_id"), optionalDate(r, "expected_close_date"),
                requireInstant(r, "created_at"), optionalInstant(r, "closed_at"),
                event.lsn(), event.tsMs(), event.isDelete());
    }
}
