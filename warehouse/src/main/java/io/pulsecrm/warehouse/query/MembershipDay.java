package io.pulsecrm.warehouse.query;

import java.time.LocalDate;

/** One day of a segment's membership: customers who entered and left that day, and the members at its end. */
public record MembershipDay(LocalDate day, long entered, long exited, long members) {
}
