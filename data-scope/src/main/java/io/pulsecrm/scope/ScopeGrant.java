package io.pulsecrm.scope;

import java.util.Objects;
import java.util.Set;

/**
 * The data scope one role grants.
 *
 * @param customDepartments the chosen departments of a {@link DataScope#CUSTOM} scope; empty otherwise
 */
public record ScopeGrant(DataScope scope, Set<Long> customDepartments) {

    public ScopeGrant {
        Objects.requireNonNull(scope, "scope");
        customDepartments = Set.copyOf(customDepartments);
    }

    public static ScopeGrant of(DataScope scope) {
        return new ScopeGrant(scope, Set.of());
    }
}
