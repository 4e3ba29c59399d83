package io.pulsecrm.streams.forecast;

import io.pulsecrm.streams.change.StateStores;
import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.rows.StageRow;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The state the stage-side processors share, in the task that reads a stage's rows and its deals' deltas: the cells by
 * {@link CellKey#storeKey()}, and the stage rows the cells were last weighted with (the newest row per stage, deleted
 * ones as markers). One copy of the stage for deltas, re-weighting and snapshots, so the three cannot disagree.
 */
final class ForecastStores {

    static final String CELLS = "forecast-cells";
    static final String STAGES = "forecast-stages";

    private final KeyValueStore<String, Cell> cells;
    private final KeyValueStore<String, StageRow> stages;

    ForecastStores(ProcessingContext context) {
        this.cells = context.getStateStore(CELLS);
        this.stages = context.getStateStore(STAGES);
    }

    static List<StoreBuilder<?>> builders() {
        return List.of(
                StateStores.keyValue(CELLS, RecordSerde.of(Cell.class)),
                StateStores.keyValue(STAGES, RecordSerde.of(StageRow.class)),
                CellUpdates.changedStore());
    }

    StageRow stage(long stageId) {
        return stages.get(Long.toString(stageId));
    }

    void putStage(StageRow stage) {
        stages.put(Long.toString(stage.id()), stage);
    }

    /**
     * Adds ({@code sign} +1) or takes out (−1) a deal's contribution to its cell; a cell left empty is removed.
     *
     * @return the cell's store key
     */
    String apply(ForecastDeal deal, int sign, long lsn) {
        String key = deal.cell().storeKey();
        Cell current = cells.get(key);
        Cell next = (current == null ? Cell.EMPTY : current).plus(sign, deal.amount(), lsn);
        if (next.isEmpty()) {
            cells.delete(key);
        } else {
            cells.put(key, next);
        }
        return key;
    }

    /**
     * A cell's figures as they stand (zeros once it is empty), at least at {@code lsn}: the LSN of its last change,
     * which an emptied cell no longer keeps. Null: not shown yet, see {@link CellFigures#of}.
     */
    CellFigures figures(CellKey key, long lsn) {
        Cell cell = cells.get(key.storeKey());
        Cell known = cell == null ? Cell.EMPTY : cell;
        return CellFigures.of(key, new Cell(known.count(), known.amount(), Math.max(known.lsn(), lsn)),
                stage(key.stageId()));
    }

    /** The figures of a stage's open cells, weighted by the stage as stored now. */
    List<CellFigures> openCellsOf(long stageId) {
        StageRow stage = stage(stageId);
        List<CellFigures> figures = new ArrayList<>();
        try (KeyValueIterator<String, Cell> it = cells.prefixScan(CellKey.openCellsOf(stageId), new StringSerializer())) {
            it.forEachRemaining(kv -> add(figures, kv, stage));
        }
        return figures;
    }

    /** The figures of every cell of this task, zero ones left out. */
    List<CellFigures> allCells() {
        List<CellFigures> figures = new ArrayList<>();
        try (KeyValueIterator<String, Cell> it = cells.all()) {
            it.forEachRemaining(kv -> {
                CellKey key = CellKey.ofStoreKey(kv.key);
                add(figures, kv, key.open() ? stage(key.stageId()) : null);
            });
        }
        figures.removeIf(CellFigures::isZero);
        return figures;
    }

    private static void add(List<CellFigures> figures, KeyValue<String, Cell> kv, StageRow stage) {
        CellFigures cell = CellFigures.of(CellKey.ofStoreKey(kv.key), kv.value, stage);
        if (cell != null) {
            figures.add(cell);
        }
    }
}
