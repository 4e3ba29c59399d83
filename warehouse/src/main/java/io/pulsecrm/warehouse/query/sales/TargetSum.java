package io.pulsecrm.warehouse.query.sales;

import java.math.BigDecimal;

/**
 * The targets of one user or one department, summed over the months asked for.
 *
 * @param userId       set for a user's target, else null
 * @param departmentId set for a department's target, else null
 */
public record TargetSum(Long userId, Long departmentId, BigDecimal contractAmount, BigDecimal receiptAmount) {
}
