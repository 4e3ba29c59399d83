package io.pulsecrm.oltp.target;

import java.math.BigDecimal;

/** One month of a plan; a month never set reads as zero with no id and no version. */
public record MonthRow(int month, Long id, BigDecimal contractAmount, BigDecimal receiptAmount, Integer version) {
}
