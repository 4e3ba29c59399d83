package io.pulsecrm.oltp.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.pulsecrm.scope.DataScope;
import io.pulsecrm.scope.OrgDepartment;
import io.pulsecrm.scope.OrgUser;
import io.pulsecrm.scope.Organization;
import io.pulsecrm.scope.ScopeGrant;
import io.pulsecrm.scope.ScopeRule;
import io.pulsecrm.scope.VisibleScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves a token's user and session to a {@link Viewer}. A disabled user, a revoked session, a
 * new role or department all apply to the next request: resolved viewers are kept only for the
 * organization revision they were read at (V4: bumped by every such change in its own transaction),
 * so a request costs one read of the revision while nothing changed, and a full resolution after.
 */
@Component
class ViewerLoader {

    private static final int MAX_CACHED = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConcurrentHashMap<UUID, Resolved> resolved = new ConcurrentHashMap<>();

    ViewerLoader(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The viewer, or empty when the user is unknown or disabled or the session is not active. */
    Optional<Viewer> load(long userId, UUID sessionId) {
        long revision = jdbc.sql("select revision from org_revision where id = 1").query(Long.class).single();
        Resolved known = resolved.get(sessionId);
        Instant now = clock.instant();
        if (known != null && known.revision() == revision && known.viewer().userId() == userId) {
            return known.expiresAt().isAfter(now) ? Optional.of(known.viewer()) : Optional.empty();
        }
        Optional<UserRow> user = jdbc.sql("""
                select u.id, u.username, u.display_name, u.department_id, s.expires_at
                from app_user u join user_session s on s.user_id = u.id
                where u.id = :user and u.enabled and s.id = :session
                  and s.revoked_at is null and s.expires_at > :now
                """).param("user", userId).param("session", sessionId).param("now", Timestamp.from(now))
                .query(UserRow.class).optional();
        if (user.isEmpty()) {
            resolved.remove(sessionId);
            return Optional.empty();
        }
        Viewer viewer = resolve(user.get(), sessionId);
        if (resolved.size() >= MAX_CACHED) {
            resolved.clear();
        }
        resolved.put(sessionId, new Resolved(viewer, revision, user.get().expiresAt().toInstant()));
        return Optional.of(viewer);
    }

    private record Resolved(Viewer viewer, long revision, Instant expiresAt) {
    }

    private Viewer resolve(UserRow user, UUID sessionId) {
        List<RoleRow> roles = jdbc.sql("""
                select r.id, coalesce(r.code, r.name) as label, r.code, r.data_scope
                from user_role ur join app_role r on r.id = ur.role_id
                where ur.user_id = :user order by r.id
                """).param("user", user.id()).query(RoleRow.class).list();
        boolean superAdmin = roles.stream().anyMatch(role -> "SUPER_ADMIN".equals(role.code()));
        Long[] roleIds = roles.stream().map(RoleRow::id).toArray(Long[]::new);
        Set<String> permissions = new HashSet<>(jdbc.sql(
                "select distinct permission from role_permission where role_id = any(:roles)")
                .param("roles", roleIds).query(String.class).list());
        VisibleScope scope = superAdmin ? VisibleScope.EVERYTHING : scope(user.id(), roles, roleIds);
        return new Viewer(user.id(), user.username(), user.displayName(), user.departmentId(), superAdmin,
                roles.stream().map(RoleRow::label).toList(), permissions, scope, sessionId);
    }

    private VisibleScope scope(long userId, List<RoleRow> roles, Long[] roleIds) {
        Map<Long, Set<Long>> custom = new HashMap<>();
        jdbc.sql("select role_id, department_id from role_scope_department where role_id = any(:roles)")
                .param("roles", roleIds)
                .query((rs, n) -> custom.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2)))
                .list();
        List<ScopeGrant> grants = new ArrayList<>();
        for (RoleRow role : roles) {
            DataScope scope = DataScope.valueOf(role.dataScope());
            grants.add(new ScopeGrant(scope, custom.getOrDefault(role.id(), Set.of())));
        }
        return ScopeRule.resolve(userId, grants, organization(grants));
    }

    /** The tree and reporting lines; skipped when no grant needs them (SELF, ALL). */
    private Organization organization(List<ScopeGrant> grants) {
        boolean needed = grants.stream().anyMatch(g -> g.scope() != DataScope.SELF && g.scope() != DataScope.ALL);
        if (!needed) {
            return new Organization(List.of(), List.of());
        }
        List<OrgDepartment> departments = jdbc.sql("select id, parent_id from department")
                .query((rs, n) -> new OrgDepartment(rs.getLong(1), (Long) rs.getObject(2))).list();
        List<OrgUser> users = jdbc.sql("select id, department_id, manager_id from app_user")
                .query((rs, n) -> new OrgUser(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3))).list();
        return new Organization(departments, users);
    }

    record UserRow(long id, String username, String displayName, long departmentId, Timestamp expiresAt) {
    }

    record RoleRow(long id, String label, String code, String dataScope) {
    }
}
