package io.pulsecrm.oltp.customer;

import java.time.Instant;

/** A contact as the contacts list (联系人) shows it, with its customer's name. */
public record ContactRow(long id, long customerId, String customerName, String name, String title, String phone,
                         String mobile, String email, boolean primary, Long ownerId, Instant updatedAt, int version) {
}
