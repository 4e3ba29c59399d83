package io.pulsecrm.warehouse.query.sales;

import java.util.List;

/**
 * One page of the rows behind a figure.
 *
 * @param totals all of them, not only this page's: the figure clicked
 * @param items  this page, newest day first, then id descending
 */
public record FactRecords(FactTotals totals, List<FactRecord> items) {

    public FactRecords {
        items = List.copyOf(items);
    }
}
