package io.pulsecrm.oltp.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where a payment plan stands, computed on read (never stored: it changes with the calendar).
 * "Today" is the business day in Asia/Shanghai.
 */
public enum PlanStatus {
    /** Nothing received yet, not due before today. */
    PENDING,
    /** Some received, not all, not overdue. */
    PARTLY_PAID,
    /** Fully received. */
    PAID,
    /** Due before today and not fully received. */
    OVERDUE;

    public static PlanStatus of(BigDecimal amount, BigDecimal received, LocalDate dueDate, LocalDate today) {
        if (received.compareTo(amount) >= 0) {
            return PAID;
        }
        if (dueDate.isBefore(today)) {
            return OVERDUE;
        }
        return received.signum() > 0 ? PARTLY_PAID : PENDING;
    }
}
