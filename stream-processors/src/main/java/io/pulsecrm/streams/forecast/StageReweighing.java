package io.pulsecrm.streams.forecast;

import io.pulsecrm.streams.rows.StageRow;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Keeps the stage rows the cells are weighted with, and when a stage's win rate, category or existence changes,
 * publishes each of its open cells again (one record per cell; the versioner drops cells whose figures stayed).
 * A rename or reorder weighs nothing differently and sends nothing.
 */
final class StageReweighing extends CellProcessor<StageRow> {

    @Override
    public void process(Record<String, StageRow> record) {
        StageRow stage = record.value();
        if (stage == null) {
            return;
        }
        StageRow previous = stores.stage(stage.id());
        if (previous != null && previous.lsn() >= stage.lsn()) {
            return; // the latest-row table repeats its row on a duplicate or stale change
        }
        stores.putStage(stage);
        if (previous != null && sameWeight(previous, stage)) {
            return;
        }
        for (CellFigures figures : stores.openCellsOf(stage.id())) {
            publish(record, figures);
        }
    }

    private static boolean sameWeight(StageRow a, StageRow b) {
        return a.deleted() == b.deleted() && a.winRate().compareTo(b.winRate()) == 0
                && a.forecastCategory().equals(b.forecastCategory());
    }
}
