package io.pulsecrm.scope;

import java.util.Set;

/**
 * What a viewer may see: everything, or the records whose owner is one of {@link #owners()}.
 * {@link #departments()} are the departments the scope covers; analytics facts, attributed to the
 * owner's department at event time, are visible when their owner <em>or</em> that department is
 * in scope, so a department's history stays with the department when a rep moves on.
 */
public record VisibleScope(boolean all, Set<Long> owners, Set<Long> departments) {

    public static final VisibleScope EVERYTHING = new VisibleScope(true, Set.of(), Set.of());

    public VisibleScope {
        owners = Set.copyOf(owners);
        departments = Set.copyOf(departments);
    }

    /** Whether an operational record with this owner is visible (a pooled record has none). */
    public boolean includesOwner(Long ownerId) {
        return all || (ownerId != null && owners.contains(ownerId));
    }

    /** Whether an analytics fact owned by this user in this department (at event time) is visible. */
    public boolean includesFact(Long ownerId, Long ownerDepartmentId) {
        return includesOwner(ownerId) || (ownerDepartmentId != null && departments.contains(ownerDepartmentId));
    }
}
