package io.pulsecrm.streams.forecast;

import java.math.BigDecimal;

/** The deals of one cell, summed exactly; {@code lsn} is the highest LSN of the changes that moved them. */
record Cell(long count, BigDecimal amount, long lsn) {

    static final Cell EMPTY = new Cell(0, BigDecimal.ZERO, 0);

    /** The cell with one deal more ({@code sign} +1) or less (−1), at the LSN of the change that moved it. */
    Cell plus(int sign, BigDecimal dealAmount, long changeLsn) {
        return new Cell(count + sign, sign > 0 ? amount.add(dealAmount) : amount.subtract(dealAmount),
                Math.max(lsn, changeLsn));
    }

    boolean isEmpty() {
        return count == 0 && amount.signum() == 0;
    }
}
