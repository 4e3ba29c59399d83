package io.pulsecrm.warehouse.query.sales;

/** A fact's totals in a period and in the period it is compared with ({@link FactTotals#NONE} when not asked). */
public record FactComparison(FactTotals now, FactTotals before) {
}
