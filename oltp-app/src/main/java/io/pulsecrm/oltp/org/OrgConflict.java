package io.pulsecrm.oltp.org;

import io.pulsecrm.oltp.shared.RuleViolation;

/** A well-formed organization change that the current state of the organization refuses (409). */
public final class OrgConflict extends RuleViolation {

    private final String code;

    private OrgConflict(String code, String field, String message) {
        super(field, message);
        this.code = code;
    }

    private OrgConflict(String code, String message) {
        super(message);
        this.code = code;
    }

    static OrgConflict departmentNameTaken(String name) {
        return new OrgConflict("department-name-taken", "name",
                "a department named '%s' already exists under this parent".formatted(name));
    }

    static OrgConflict departmentCycle(long id, long parentId) {
        return new OrgConflict("department-cycle", "parentId",
                "department %d cannot move under %d: that is itself or one of its descendants".formatted(id, parentId));
    }

    static OrgConflict topDepartmentFixed(long id) {
        return new OrgConflict("top-department-fixed",
                "department %d is the top department: it can be renamed, not moved or deleted".formatted(id));
    }

    static OrgConflict departmentNotEmpty(long id, int children, int members) {
        return new OrgConflict("department-not-empty",
                "department %d still has %d sub-departments and %d users (disabled ones count): move them first"
                        .formatted(id, children, members));
    }

    static OrgConflict departmentInUse(long id, String what) {
        return new OrgConflict("department-in-use", "department %d is still used by %s".formatted(id, what));
    }

    static OrgConflict usernameTaken(String username) {
        return new OrgConflict("username-taken", "username", "the username '%s' is taken".formatted(username));
    }

    static OrgConflict managerCycle(long userId, long managerId) {
        return new OrgConflict("manager-cycle", "managerId",
                "user %d cannot report to %d: %d already reports to %d, directly or not"
                        .formatted(userId, managerId, managerId, userId));
    }

    static OrgConflict notYourself(String action) {
        return new OrgConflict("not-yourself", "you cannot %s your own account".formatted(action));
    }

    static OrgConflict lastSuperAdmin() {
        return new OrgConflict("last-super-admin", "roleIds",
                "at least one enabled user must keep the super admin role");
    }

    static OrgConflict roleNameTaken(String name) {
        return new OrgConflict("role-name-taken", "name", "a role named '%s' already exists".formatted(name));
    }

    static OrgConflict roleNotEditable(long id) {
        return new OrgConflict("role-not-editable", "role %d is the built-in super admin: it cannot be changed".formatted(id));
    }

    static OrgConflict roleNotDeletable(long id) {
        return new OrgConflict("role-not-deletable",
                "role %d is built in: its permissions and scope can be edited, it cannot be deleted".formatted(id));
    }

    static OrgConflict roleInUse(long id, String what) {
        return new OrgConflict("role-in-use", "role %d is still held by %s".formatted(id, what));
    }

    @Override
    public String code() {
        return code;
    }
}
