package io.pulsecrm.oltp.org;

/** An enabled user as an owner picker lists them. */
public record UserLookup(long id, String username, String displayName, long departmentId, String departmentName) {
}
