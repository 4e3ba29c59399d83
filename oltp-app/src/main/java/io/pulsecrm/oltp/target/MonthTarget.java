package io.pulsecrm.oltp.target;

import java.math.BigDecimal;

/**
 * The targets of one month as a client sends them.
 *
 * @param version the version of that month the client read; null when it had none yet
 */
public record MonthTarget(Integer month, BigDecimal contractAmount, BigDecimal receiptAmount, Integer version) {
}
