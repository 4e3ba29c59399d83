package io.pulsecrm.warehouse.query;

import io.pulsecrm.scope.ScopeGrant;
import java.util.List;
import java.util.Set;

/**
 * What a user's roles grant, from the replicated role tables: one scope per role and the union of their
 * permissions. SUPER_ADMIN holds every permission without rows of its own.
 */
public record ViewerGrants(List<ScopeGrant> scopes, Set<String> permissions, boolean superAdmin) {

    public static final String SUPER_ADMIN = "SUPER_ADMIN";

    public ViewerGrants {
        scopes = List.copyOf(scopes);
        permissions = Set.copyOf(permissions);
    }

    public boolean permits(String permission) {
        return superAdmin || permissions.contains(permission);
    }
}
