package io.pulsecrm.oltp.org;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who reports to whom (app_user.manager_id), for the rule that a reporting line never loops back:
 * SELF_AND_SUBORDINATES follows these links, and a loop would make two users each other's boss.
 */
final class ReportingLines {

    private final Map<Long, Long> managerOf;

    /** @param managerOf each user's direct manager (users without one may be left out) */
    ReportingLines(Map<Long, Long> managerOf) {
        this.managerOf = managerOf;
    }

    /** Whether {@code user} is {@code boss} or reports to them through any number of managers. */
    boolean isSelfOrReportsTo(long user, long boss) {
        Set<Long> seen = new HashSet<>();
        Long at = user;
        while (at != null && seen.add(at)) {
            if (at == boss) {
                return true;
            }
            at = managerOf.get(at);
        }
        return false;
    }

    /** Refuses a manager who is the user or already reports to the user, directly or not. */
    void requireNoCycle(long user, Long newManager) {
        if (newManager != null && isSelfOrReportsTo(newManager, user)) {
            throw OrgConflict.managerCycle(user, newManager);
        }
    }
}
