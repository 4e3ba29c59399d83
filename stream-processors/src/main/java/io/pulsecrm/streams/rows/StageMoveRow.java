package io.pulsecrm.streams.rows;

import static io.pulsecrm.streams.change.Fields.optionalLong;
import static io.pulsecrm.streams.change.Fields.requireInstant;
import static io.pulsecrm.streams.change.Fields.requireLong;

import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeEnvelope;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.LsnVersioned;
import java.time.Instant;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import tools.jackson.databind.JsonNode;

/** One recorded stage move of an opportunity (written once by oltp-app). */
public record StageMoveRow(long id, long opportunityId, Long fromStageId, long toStageId, Instant movedAt,
        long lsn, long tsMs, boolean deleted) implements LsnVersioned {

    /** The latest opportunity_stage_move rows by id (shared by every topology; a delete stays as a marker, {@code deleted}). */
    public static KTable<String, StageMoveRow> table(ChangeTables tables) {
        return tables.latest(Topics.cdc("opportunity_stage_move"), "stage_move", StageMoveRow.class, StageMoveRow::from);
    }

    /** Every valid change of {@code cdc.opportunity_stage_move} as it arrives (duplicates and stale replays included), for topologies
     * that keep their own per-key state. */
    public static KStream<String, StageMoveRow> changes(ChangeTables tables) {
        return tables.changes(Topics.cdc("opportunity_stage_move"), "stage_move", StageMoveRow.class, StageMoveRow::from);
    }

    static StageMoveRow from(ChangeEnvelope event) {
        JsonNode r = event.row();
        return new StageMoveRow(requireLong(r, "id"), requireLong(r, "opportunity_id"), optionalLong(r, "from_stage_id"),
                requireLong(r, "to_stage_id"), requireInstant(r, "moved_at"),
                event.lsn(), event.tsMs(), event.isDelete());
    }
}
