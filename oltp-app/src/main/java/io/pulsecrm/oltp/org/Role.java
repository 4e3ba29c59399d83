package io.pulsecrm.oltp.org;

import java.time.Instant;
import java.util.List;

import io.pulsecrm.scope.DataScope;

/**
 * A role: operation permissions and a data scope. Built-in roles have a code; SUPER_ADMIN holds
 * every permission implicitly (no rows), so {@link #permissions()} lists the whole catalogue for it.
 *
 * @param departmentIds the departments of a CUSTOM scope; empty otherwise
 * @param userCount     users holding it, enabled or not
 */
public record Role(long id, String code, String name, String description, DataScope dataScope, boolean builtIn,
                   List<String> permissions, List<Long> departmentIds, int userCount, Instant createdAt,
                   Instant updatedAt, int version) {

    public boolean editable() {
        return !RoleService.SUPER_ADMIN.equals(code);
    }

    public boolean deletable() {
        return !builtIn;
    }
}
