package io.pulsecrm.streams.rows;

import static io.pulsecrm.streams.change.Fields.optionalDate;
import static io.pulsecrm.streams.change.Fields.optionalDecimal;
import static io.pulsecrm.streams.change.Fields.optionalLong;
import static io.pulsecrm.streams.change.Fields.requireLong;
import static io.pulsecrm.streams.change.Fields.requireString;

import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeEnvelope;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.LsnVersioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.kafka.streams.kstream.KTable;
import tools.jackson.databind.JsonNode;

/** A marketing campaign. */
public record CampaignRow(long id, String name, String channel, String status, BigDecimal budget, LocalDate startDate,
        LocalDate endDate, Long ownerId, Long ownerDeptId,
        long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    /** The latest campaign rows by id (shared by every topology; a delete stays as a marker, {@code deleted}). */
    public static KTable<String, CampaignRow> table(ChangeTables tables) {
        return tables.latest(Topics.cdc("campaign"), "campaign", CampaignRow.class, CampaignRow::from);
    }

    static CampaignRow from(ChangeEnvelope event) {
        JsonNode r = event.row();
        return new CampaignRow(requireLong(r, "id"), requireString(r, "name"), requireString(r, "channel"),
                requireString(r, "status"), optionalDecimal(r, "budget"), optionalDate(r, "start_date"),
                optionalDate(r, "end_date"), optionalLong(r, "owner_id"), optionalLong(r, "owner_dept_id"),
                event.lsn(), event.tsMs(), event.isDelete());
    }
}
