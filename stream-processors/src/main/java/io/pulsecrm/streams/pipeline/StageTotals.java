package io.pulsecrm.streams.pipeline;

import java.math.BigDecimal;

/**
 * The open pipeline of one stage. {@code lsn} is the highest source LSN among the contributions
 * added or removed so far; it feeds the output version.
 */
record StageTotals(long count, BigDecimal amount, BigDecimal weighted, long lsn) {

    static StageTotals empty() {
        return new StageTotals(0, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    StageTotals plus(Contribution c) {
        return new StageTotals(count + 1, amount.add(c.amount()), weighted.add(c.weighted()), Math.max(lsn, c.lsn()));
    }

    StageTotals minus(Contribution c) {
        return new StageTotals(count - 1, amount.subtract(c.amount()), weighted.subtract(c.weighted()),
                Math.max(lsn, c.lsn()));
    }
}
