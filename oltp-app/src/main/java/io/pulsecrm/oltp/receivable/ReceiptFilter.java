package io.pulsecrm.oltp.receivable;

import java.time.LocalDate;

/** What a list of receipts is narrowed to (dates inclusive); the caller's scope always applies on top. */
public record ReceiptFilter(Long contractId, Long customerId, Long ownerId, Long planId, LocalDate receivedFrom,
        LocalDate receivedTo) {
}
