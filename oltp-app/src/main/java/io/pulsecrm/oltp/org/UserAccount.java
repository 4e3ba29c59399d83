package io.pulsecrm.oltp.org;

import java.time.Instant;
import java.util.List;

/**
 * A user as the organization pages show them: where they sit, whom they report to, their roles,
 * and whether they can log in (enabled, not locked).
 *
 * @param successorId who took over their records when they left (handover), if anyone
 * @param locked      locked after repeated failed logins until an admin unlocks them or the lockout ends
 */
public record UserAccount(long id, String username, String displayName, String email, String phone, String title,
                          long departmentId, String departmentName, Long managerId, String managerName,
                          boolean enabled, String locale, Long successorId, List<RoleRef> roles, boolean locked,
                          Instant lastLoginAt, Instant createdAt, Instant updatedAt, int version) {

    static final int USERNAME_MAX = 64;
    static final String USERNAME_PATTERN = "^[A-Za-z0-9._@-]{2,64}$";

    UserAccount withRoles(List<RoleRef> roles) {
        return new UserAccount(id, username, displayName, email, phone, title, departmentId, departmentName, managerId,
                managerName, enabled, locale, successorId, roles, locked, lastLoginAt, createdAt, updatedAt, version);
    }

    public boolean isSuperAdmin() {
        return roles.stream().anyMatch(RoleRef::isSuperAdmin);
    }

    /** A role as a user holds it. */
    public record RoleRef(long id, String code, String name) {

        public boolean isSuperAdmin() {
            return RoleService.SUPER_ADMIN.equals(code);
        }
    }
}
