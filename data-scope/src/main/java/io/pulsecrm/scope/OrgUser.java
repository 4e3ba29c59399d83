package io.pulsecrm.scope;

/** A user as the scope rule sees them: where they sit and whom they report to. */
public record OrgUser(long id, long departmentId, Long managerId) {
}
