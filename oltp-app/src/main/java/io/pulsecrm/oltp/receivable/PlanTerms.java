package io.pulsecrm.oltp.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a payment plan says: how much, due when, paid how, reminded how many days before (default 3). */
public record PlanTerms(BigDecimal amount, LocalDate dueDate, PaymentMethod method, Integer reminderDays,
        String remark) {
}
