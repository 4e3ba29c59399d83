package io.pulsecrm.oltp.target;

import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose targets the viewer may see and set: users in their data scope, departments their scope
 * covers (or every one with scope ALL). An unknown user or department is 404; one outside the
 * scope is 403 (the organization is no secret, its targets are).
 */
@Component
class TargetScope {

    private final JdbcClient jdbc;

    TargetScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's name and current department, checked. */
    Whose user(Viewer viewer, long userId) {
        Whose whose = jdbc.sql("""
                select u.display_name, u.department_id, d.name from app_user u join department d on d.id = u.department_id
                where u.id = :id""").param("id", userId)
                .query((rs, n) -> new Whose(rs.getString(1), rs.getLong(2), rs.getString(3))).optional()
                .orElseThrow(() -> new TargetNotFound("user", userId));
        if (!viewer.sees(userId)) {
            throw PermissionDenied.outOfScope("userId");
        }
        return whose;
    }

    /** The department's name, checked. */
    Whose department(Viewer viewer, long departmentId) {
        String name = jdbc.sql("select name from department where id = :id").param("id", departmentId)
                .query(String.class).optional()
                .orElseThrow(() -> new TargetNotFound("department", departmentId));
        if (!coversDepartment(viewer, departmentId)) {
            throw PermissionDenied.outOfScope("deptId");
        }
        return new Whose(name, departmentId, name);
    }

    static boolean coversDepartment(Viewer viewer, Long departmentId) {
        return viewer.scope().all() || (departmentId != null && viewer.scope().departments().contains(departmentId));
    }

    /** A user (name, current department) or a department (its name twice). */
    record Whose(String name, long departmentId, String departmentName) {
    }
}
