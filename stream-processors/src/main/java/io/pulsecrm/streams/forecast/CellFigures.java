package io.pulsecrm.streams.forecast;

import io.pulsecrm.streams.rows.StageRow;
import java.math.BigDecimal;

/**
 * What a cell shows: its category, deals, amount and weighted amount. Open deals take their stage's category and are
 * weighted by its win rate, over the cell's exact sum (amount × win rate / 100 has at most 6 decimals, so it is exact,
 * and the weighted amount of any group of cells is their sum, rounded once by whoever reads it). Won deals are CLOSED
 * and count in full. {@code lsn} is the higher of the cell's and, for open deals, the stage's.
 */
record CellFigures(CellKey cell, String category, long deals, BigDecimal amount, BigDecimal weighted, long lsn) {

    static final String CLOSED = "CLOSED";

    /**
     * The figures of a cell, or null for open deals whose stage was never seen (no weight yet: they count once it
     * arrives). A deleted stage (PostgreSQL refuses that while deals use it; the topology does not rely on it) shows
     * zeros under its last category, so what was published is retracted.
     */
    static CellFigures of(CellKey key, Cell cell, StageRow stage) {
        if (!key.open()) {
            return new CellFigures(key, CLOSED, cell.count(), cell.amount(), cell.amount(), cell.lsn());
        }
        if (stage == null) {
            return null;
        }
        long lsn = Math.max(cell.lsn(), stage.lsn());
        if (stage.deleted()) {
            return new CellFigures(key, stage.forecastCategory(), 0, BigDecimal.ZERO, BigDecimal.ZERO, lsn);
        }
        return new CellFigures(key, stage.forecastCategory(), cell.count(), cell.amount(),
                cell.amount().multiply(stage.winRate()).movePointLeft(2), lsn);
    }

    boolean isZero() {
        return deals == 0 && amount.signum() == 0 && weighted.signum() == 0;
    }
}
