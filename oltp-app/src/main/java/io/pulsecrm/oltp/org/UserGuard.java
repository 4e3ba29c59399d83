package io.pulsecrm.oltp.org;

import java.util.ArrayList;
import java.util.List;

import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.FieldProblem;

import org.springframework.stereotype.Component;

/**
 * Which users and departments a caller may manage. A user outside the caller's data scope answers
 * 404 as if absent; a department, manager or successor outside it is 403 naming the field; a
 * super admin's account is changed by super admins only.
 */
@Component
class UserGuard {

    private final UserRepository users;
    private final DepartmentRepository departments;

    UserGuard(UserRepository users, DepartmentRepository departments) {
        this.users = users;
        this.departments = departments;
    }

    UserAccount visible(Viewer viewer, long id) {
        if (!viewer.sees(id)) {
            throw OrgNotFound.user(id);
        }
        return users.find(id).orElseThrow(() -> OrgNotFound.user(id));
    }

    /** The user, row-locked for the caller's transaction, if the caller may change their account. */
    UserAccount manageable(Viewer viewer, long id) {
        if (!viewer.sees(id)) {
            throw OrgNotFound.user(id);
        }
        UserAccount user = users.lock(id).orElseThrow(() -> OrgNotFound.user(id));
        if (user.isSuperAdmin() && !viewer.superAdmin()) {
            throw SuperAdminOnly.account();
        }
        return user;
    }

    /**
     * Problems (400) with the department and manager a user is given; adds to {@code problems}. A
     * manager the user already has is kept even if disabled since (they left; edit the user anyway).
     */
    void checkPlacement(UserFields fields, Long keptManager, List<FieldProblem> problems) {
        if (departments.find(fields.departmentId()).isEmpty()) {
            problems.add(new FieldProblem("departmentId", "department " + fields.departmentId() + " does not exist"));
        }
        if (fields.managerId() != null && !fields.managerId().equals(keptManager)
                && users.enabledDepartment(fields.managerId()).isEmpty()) {
            problems.add(new FieldProblem("managerId", "user " + fields.managerId() + " does not exist or is disabled"));
        }
    }

    /** Refuses (403) a department or manager outside the caller's scope: nobody places users where they cannot see. */
    void requirePlacementInScope(Viewer viewer, UserFields fields) {
        if (!viewer.scope().all() && !viewer.scope().departments().contains(fields.departmentId())) {
            throw PermissionDenied.outOfScope("departmentId");
        }
        if (fields.managerId() != null && !viewer.sees(fields.managerId())) {
            throw PermissionDenied.outOfScope("managerId");
        }
    }

    static List<FieldProblem> problems() {
        return new ArrayList<>();
    }
}
