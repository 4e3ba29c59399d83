package io.pulsecrm.streams.rows;

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

/** One cost entry of a campaign (written once; its note is not captured). */
public record CampaignCostRow(long id, long campaignId, BigDecimal amount, LocalDate incurredOn,
        long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    /** The latest campaign_cost rows by id (shared by every topology; a delete stays as a marker, {@code deleted}). */
    public static KTable<String, CampaignCostRow> table(ChangeTables tables) {
        return tables.latest(Topics.cdc("campaign_cost"), "campaign_cost", CampaignCostRow.class, CampaignCostRow::from);
    }

    static CampaignCostRow from(ChangeEnvelope event) {
        JsonNode r = event.row();
        return new CampaignCostRow(requireLong(r, "id"), requireLong(r, "campaign_id"), requireDecimal(r, "amount"),
                requireDate(r, "incurred_on"),
                event.lsn(), event.tsMs(), event.isDelete());
    }
}
