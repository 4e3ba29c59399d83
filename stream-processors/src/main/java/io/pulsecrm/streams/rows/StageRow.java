package io.pulsecrm.streams.rows;

import static io.pulsecrm.streams.change.Fields.requireDecimal;
import static io.pulsecrm.streams.change.Fields.requireLong;
import static io.pulsecrm.streams.change.Fields.requireString;

import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeEnvelope;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.LsnVersioned;
import java.math.BigDecimal;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import tools.jackson.databind.JsonNode;

/** A configured opportunity stage with its win rate (percent) and forecast category (PIPELINE, BEST_CASE, COMMIT). */
public record StageRow(long id, String name, int position, BigDecimal winRate, String forecastCategory,
        long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    /** The latest opportunity_stage rows by id (shared by every topology; a delete stays as a marker, {@code deleted}). */
    public static KTable<String, StageRow> table(ChangeTables tables) {
        return tables.latest(Topics.cdc("opportunity_stage"), "stage", StageRow.class, StageRow::from);
    }

    /** Every valid change of {@code cdc.opportunity_stage} as it arrives (duplicates and stale replays included), for topologies
     * that keep their own per-key state. */
    public static KStream<String, StageRow> changes(ChangeTables tables) {
        return tables.changes(Topics.cdc("opportunity_stage"), "stage", StageRow.class, StageRow::from);
    }

    static StageRow from(ChangeEnvelope event) {
        JsonNode r = event.row();
        BigDecimal winRate = requireDecimal(r, "win_rate");
        return new StageRow(requireLong(r, "id"), requireString(r, "name"), (int) requireLong(r, "position"),
                winRate, r.has("forecast_category") ? requireString(r, "forecast_category") : categoryBefore34(winRate),
                event.lsn(), event.tsMs(), event.isDelete());
    }

    /**
     * Changes captured before V34 have no forecast_category; V34 gave those stages the category of their win rate
     * (70 and more COMMIT, 40 and more BEST_CASE, else PIPELINE), so an old change in a compacted topic reads the same.
     */
    private static String categoryBefore34(BigDecimal winRate) {
        if (winRate.compareTo(BigDecimal.valueOf(70)) >= 0) {
            return "COMMIT";
        }
        return winRate.compareTo(BigDecimal.valueOf(40)) >= 0 ? "BEST_CASE" : "PIPELINE";
    }
}
