package io.pulsecrm.warehouse.query.sales;

import java.math.BigDecimal;

/** How many facts and their amount (0 for a fact without amounts), money with 2 decimals. */
public record FactTotals(long count, BigDecimal amount) {

    public static final FactTotals NONE = new FactTotals(0, new BigDecimal("0.00"));
}
