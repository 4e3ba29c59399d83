package io.pulsecrm.oltp.org;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The department tree as parent links, for the one rule a move must keep: a department never ends
 * up under itself. Walks stop on a department seen before, so bad data cannot make them loop.
 */
final class DepartmentTree {

    private final Map<Long, Long> parentOf;

    /** @param parentOf every department's parent; the top department maps to null */
    DepartmentTree(Map<Long, Long> parentOf) {
        this.parentOf = Map.copyOf(parentOf.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** Whether {@code candidate} is {@code department} or lies anywhere below it. */
    boolean isSelfOrDescendant(long candidate, long department) {
        Set<Long> seen = new HashSet<>();
        Long at = candidate;
        while (at != null && seen.add(at)) {
            if (at == department) {
                return true;
            }
            at = parentOf.get(at);
        }
        return false;
    }

    /** Refuses to put a department under itself or one of its descendants. */
    void requireMovable(long department, long newParent) {
        if (isSelfOrDescendant(newParent, department)) {
            throw OrgConflict.departmentCycle(department, newParent);
        }
    }
}
