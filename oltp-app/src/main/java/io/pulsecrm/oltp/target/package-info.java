/**
 * Sales targets (销售目标): per user and per department, a contract amount and a receipt (回款)
 * amount for each month of a year, configured a year at a time by whoever has them in scope.
 */
package io.pulsecrm.oltp.target;
