package io.pulsecrm.streams.forecast;

import java.math.BigDecimal;

/**
 * The value of the repartition topic: one deal entering ({@code +1}) or leaving ({@code -1}) a cell, with its amount
 * and the LSN of the change that moved it. Under exactly-once a delta is applied once, so the cells need no per-deal
 * state of their own.
 */
record DealDelta(CellKey cell, int count, BigDecimal amount, long lsn) {

    static DealDelta enter(ForecastDeal deal, long lsn) {
        return new DealDelta(deal.cell(), 1, deal.amount(), lsn);
    }

    static DealDelta leave(ForecastDeal deal, long lsn) {
        return new DealDelta(deal.cell(), -1, deal.amount().negate(), lsn);
    }
}
