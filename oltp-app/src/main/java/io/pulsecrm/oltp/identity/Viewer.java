package io.pulsecrm.oltp.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.pulsecrm.scope.VisibleScope;

/**
 * The authenticated caller of this request, resolved from PostgreSQL on every request so that a
 * change of role, department or permission applies to the next request.
 *
 * @param permissions '<module>:<action>' grants of all the caller's roles
 * @param roles       codes (built-in roles) or names (custom roles) of the caller's roles
 */
public record Viewer(long userId, String username, String displayName, long departmentId, boolean superAdmin,
                     List<String> roles, Set<String> permissions, VisibleScope scope, UUID sessionId) {

    public Viewer {
        roles = List.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public boolean can(String permission) {
        return superAdmin || permissions.contains(permission);
    }

    /** Throws {@link PermissionDenied} (403) unless the caller holds the permission. */
    public void require(String permission) {
        if (!can(permission)) {
            throw new PermissionDenied(permission);
        }
    }

    /** Whether a record with this owner is in the caller's data scope (team grants aside). */
    public boolean sees(Long ownerId) {
        return scope.includesOwner(ownerId);
    }

    /** The scope predicate for records of this type (its team members see it too). */
    public ScopeFilter filter(TeamEntity entity) {
        return new ScopeFilter(this, entity);
    }
}
