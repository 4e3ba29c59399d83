package io.pulsecrm.scope;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The department tree and the reporting lines, as read from one consistent snapshot of the
 * organization tables (PostgreSQL in oltp-app, their CDC copies in ClickHouse in dashboards).
 * Walks are cycle-safe: a cycle in bad data ends the walk instead of looping.
 */
public final class Organization {

    private final Map<Long, OrgUser> users = new HashMap<>();
    private final Map<Long, List<Long>> childDepartments = new HashMap<>();
    private final Map<Long, List<Long>> membersByDepartment = new HashMap<>();
    private final Map<Long, List<Long>> directReports = new HashMap<>();

    public Organization(Collection<OrgDepartment> departments, Collection<OrgUser> users) {
        for (OrgDepartment department : departments) {
            if (department.parentId() != null) {
                childDepartments.computeIfAbsent(department.parentId(), k -> new ArrayList<>()).add(department.id());
            }
        }
        for (OrgUser user : users) {
            this.users.put(user.id(), user);
            membersByDepartment.computeIfAbsent(user.departmentId(), k -> new ArrayList<>()).add(user.id());
            if (user.managerId() != null) {
                directReports.computeIfAbsent(user.managerId(), k -> new ArrayList<>()).add(user.id());
            }
        }
    }

    public Optional<OrgUser> user(long id) {
        return Optional.ofNullable(users.get(id));
    }

    /** The department and every department under it. */
    public Set<Long> departmentAndDescendants(long departmentId) {
        return closure(departmentId, childDepartments);
    }

    /** Everyone reporting to the user, directly or through others; not the user. */
    public Set<Long> subordinatesOf(long userId) {
        Set<Long> reports = closure(userId, directReports);
        reports.remove(userId);
        return reports;
    }

    /** The users whose department is one of these. */
    public Set<Long> membersOf(Collection<Long> departmentIds) {
        Set<Long> members = new HashSet<>();
        for (Long departmentId : departmentIds) {
            members.addAll(membersByDepartment.getOrDefault(departmentId, List.of()));
        }
        return members;
    }

    private static Set<Long> closure(long start, Map<Long, List<Long>> edges) {
        Set<Long> seen = new HashSet<>();
        Deque<Long> pending = new ArrayDeque<>();
        pending.push(start);
        while (!pending.isEmpty()) {
            long next = pending.pop();
            if (seen.add(next)) {
                edges.getOrDefault(next, List.of()).forEach(pending::push);
            }
        }
        return seen;
    }
}
