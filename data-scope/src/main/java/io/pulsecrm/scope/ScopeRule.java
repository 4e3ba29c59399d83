package io.pulsecrm.scope;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The one data-scope rule. A user sees what the union of their roles' scopes covers (so the widest
 * role wins, and CUSTOM departments add to a department scope rather than replace it), and always
 * their own records. Team membership of single records is not part of it: each store adds it where
 * records have teams.
 */
public final class ScopeRule {

    private ScopeRule() {
    }

    public static VisibleScope resolve(long viewerId, Collection<ScopeGrant> grants, Organization organization) {
        if (grants.stream().anyMatch(grant -> grant.scope() == DataScope.ALL)) {
            return VisibleScope.EVERYTHING;
        }
        Set<Long> owners = new HashSet<>();
        Set<Long> departments = new HashSet<>();
        owners.add(viewerId);
        Long home = organization.user(viewerId).map(OrgUser::departmentId).orElse(null);
        for (ScopeGrant grant : grants) {
            switch (grant.scope()) {
                case SELF -> { }
                case SELF_AND_SUBORDINATES -> owners.addAll(organization.subordinatesOf(viewerId));
                case DEPT -> {
                    if (home != null) {
                        departments.add(home);
                    }
                }
                case DEPT_AND_CHILDREN -> {
                    if (home != null) {
                        departments.addAll(organization.departmentAndDescendants(home));
                    }
                }
                case CUSTOM -> departments.addAll(grant.customDepartments());
                case ALL -> throw new IllegalStateException("handled above");
            }
        }
        owners.addAll(organization.membersOf(departments));
        return new VisibleScope(false, owners, departments);
    }
}
