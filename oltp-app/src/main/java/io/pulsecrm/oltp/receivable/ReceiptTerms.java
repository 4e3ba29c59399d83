package io.pulsecrm.oltp.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money received on a contract, against one of its plans or none (planId null). */
public record ReceiptTerms(long contractId, Long planId, BigDecimal amount, LocalDate receivedOn,
        PaymentMethod method, String remark) {
}
