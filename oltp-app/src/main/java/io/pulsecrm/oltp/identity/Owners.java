package io.pulsecrm.oltp.identity;

import io.pulsecrm.oltp.shared.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Turns a user id from a request (new owner, assignee) into an {@link Owner}, checking it may be one. */
@Component
public class Owners {

    private final JdbcClient jdbc;

    Owners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The viewer as owner of what they create. */
    public Owner self(Viewer viewer) {
        return new Owner(viewer.userId(), viewer.departmentId());
    }

    /**
     * The user as a new owner: must exist and be enabled (else 400 naming {@code field}) and be in
     * the viewer's data scope (else 403): nobody hands records to people they cannot see.
     */
    public Owner assignable(Viewer viewer, String field, long userId) {
        Long department = jdbc.sql("select department_id from app_user where id = :id and enabled")
                .param("id", userId).query(Long.class).optional()
                .orElseThrow(() -> new UnknownUser(field, userId));
        if (!viewer.sees(userId)) {
            throw PermissionDenied.outOfScope(field);
        }
        return new Owner(userId, department);
    }

    static final class UnknownUser extends InvalidInput {

        UnknownUser(String field, long userId) {
            super(field, "user " + userId + " does not exist or is disabled");
        }

        @Override
        public String code() {
            return "unknown-user";
        }
    }
}
