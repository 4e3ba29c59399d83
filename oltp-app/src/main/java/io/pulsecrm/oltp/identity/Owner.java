package io.pulsecrm.oltp.identity;

/** Who owns a record, and the department they sat in when they took it (attributed at event time). */
public record Owner(long userId, long departmentId) {
}
