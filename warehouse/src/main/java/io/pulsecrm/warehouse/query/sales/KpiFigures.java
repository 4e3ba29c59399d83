package io.pulsecrm.warehouse.query.sales;

import java.util.List;
import java.util.Map;

/**
 * What KPI attainment compares, read together: the visible targets of the months, and the contracts signed
 * ({@link SalesFact#SIGNED_CONTRACTS}) and receipts ({@link SalesFact#RECEIPTS}) of their days per department the rows
 * are attributed to and per owner.
 */
public record KpiFigures(List<TargetSum> targets, Map<Long, FactTotals> contractsByDepartment,
                         Map<Long, FactTotals> receiptsByDepartment, Map<Long, FactTotals> contractsByOwner,
                         Map<Long, FactTotals> receiptsByOwner) {
}
