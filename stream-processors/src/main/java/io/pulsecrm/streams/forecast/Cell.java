package io.pulsecrm.streams.forecast;

import java.math.BigDecimal;

/** The deals of one cell, summed exactly; {@code lsn} is the highest LSN of the changes that moved them. */
record Cell(long count, BigDecimal amount, long lsn) {

    static final Cell EMPTY = new Cell(0, BigDecimal.ZERO, 0);

    Cell plus(DealDelta delta) {
        return new Cell(count + delta.count(), amount.add(delta.amount()), Math.max(lsn, delta.lsn()));
    }

    boolean isEmpty() {
        return count == 0 && amount.signum() == 0;
    }
}
