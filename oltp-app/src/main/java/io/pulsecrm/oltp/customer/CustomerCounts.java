package io.pulsecrm.oltp.customer;

/** What hangs under a customer. */
public record CustomerCounts(long contacts, long opportunities, long contracts, long followUps) {
}
