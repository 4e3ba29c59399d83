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

/** A configured opportunity stage with its win rate (percent). */
public record StageRow(long id, String name, int position, BigDecimal winRate,
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
        return new StageRow(requireLong(r, "id"), requireString(r, "name"), (int) requireLong(r, "position"),
                requireDecimal(r, "win_rate"),
                event.lsn(), event.tsMs(), event.isDelete());
    }
}
