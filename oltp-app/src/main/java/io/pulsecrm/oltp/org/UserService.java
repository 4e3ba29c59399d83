package io.pulsecrm.oltp.org;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.org.UserAccount.RoleRef;
import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.PageResponse;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users: who they are, where they sit, whom they report to and which roles they hold. */
@Service
@Transactional(readOnly = true)
public class UserService {

    static final String ENTITY = "USER";
    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final UserRepository users;
    private final RoleRepository roles;
    private final CredentialRepository credentials;
    private final UserGuard guard;
    private final OperationLog operations;
    private final PasswordEncoder passwords;
    private final CurrentViewer viewer;
    private final Clock clock;

    UserService(UserRepository users, RoleRepository roles, CredentialRepository credentials, UserGuard guard,
            OperationLog operations, PasswordEncoder passwords, CurrentViewer viewer, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.credentials = credentials;
        this.guard = guard;
        this.operations = operations;
        this.passwords = passwords;
        this.viewer = viewer;
        this.clock = clock;
    }

    /** A page of the users in the caller's scope; totalItems counts at most 10,001. */
    public PageResponse<UserAccount> list(UserQuery query) {
        UserRepository.Page page = users.page(query, viewer.get().filter(TeamEntity.NONE));
        int pages = (int) ((page.total() + query.size() - 1) / query.size());
        return new PageResponse<>(page.items(), query.page(), query.size(), page.total(), pages);
    }

    public UserAccount get(long id) {
        return guard.visible(viewer.get(), id);
    }

    /** Enabled users in the caller's scope matching the text, for owner pickers. */
    public List<UserLookup> lookup(String q, int limit) {
        return users.lookup(q == null || q.isBlank() ? null : q.strip(), viewer.get().filter(TeamEntity.NONE), limit);
    }

    public List<LogEntry> history(long id) {
        get(id);
        return operations.history(ENTITY, id);
    }

    @Transactional
    public UserAccount create(String username, UserFields given, List<Long> roleIds, String password) {
        Viewer me = viewer.get();
        UserFields fields = given.normalized();
        List<FieldProblem> problems = UserGuard.problems();
        problems.addAll(PasswordPolicy.check("password", username, password));
        guard.checkPlacement(fields, null, problems);
        List<RoleRef> granted = resolveRoles(roleIds, problems);
        if (!problems.isEmpty()) {
            throw new InvalidOrgInput(problems);
        }
        guard.requirePlacementInScope(me, fields);
        requireSuperAdminGrant(me, Set.of(), granted);
        if (users.usernameTaken(username)) {
            throw OrgConflict.usernameTaken(username);
        }
        long id = users.insert(username, fields, clock.instant());
        credentials.setPassword(id, passwords.encode(password), clock.instant());
        users.replaceRoles(id, granted.stream().map(RoleRef::id).toList(), clock.instant());
        operations.record(ENTITY, id, "CREATE", "created user '%s' in department %d".formatted(username, fields.departmentId()),
                Changes.none().field("username", null, username).field("departmentId", null, fields.departmentId())
                        .field("managerId", null, fields.managerId()).field("roles", null, names(granted)));
        log.info("User {} created in department {}", id, fields.departmentId());
        return users.find(id).orElseThrow();
    }

    @Transactional
    public UserAccount update(long id, UserFields given, int version) {
        Viewer me = viewer.get();
        users.lockReportingLines();
        UserAccount current = guard.manageable(me, id);
        // a client that does not show the language setting leaves it as it is
        UserFields fields = (given.locale() == null ? given.withLocale(current.locale()) : given).normalized();
        List<FieldProblem> problems = UserGuard.problems();
        guard.checkPlacement(fields, current.managerId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidOrgInput(problems);
        }
        StaleVersion.check("user", id, version, current.version());
        if (current.departmentId() != fields.departmentId() || !java.util.Objects.equals(current.managerId(), fields.managerId())) {
            guard.requirePlacementInScope(me, fields);
        }
        new ReportingLines(users.managerLinks()).requireNoCycle(id, fields.managerId());
        users.update(id, fields, clock.instant());
        operations.record(ENTITY, id, "UPDATE", "changed user '%s'".formatted(current.username()), Changes.none()
                .field("displayName", current.displayName(), fields.displayName())
                .field("email", current.email(), fields.email()).field("phone", current.phone(), fields.phone())
                .field("title", current.title(), fields.title())
                .field("departmentId", current.departmentId(), fields.departmentId())
                .field("managerId", current.managerId(), fields.managerId())
                .field("locale", current.locale(), fields.locale()));
        return users.find(id).orElseThrow();
    }

    /** Replaces the user's roles; SUPER_ADMIN changes hands only by a super admin, and never to nobody. */
    @Transactional
    public UserAccount assignRoles(long id, List<Long> roleIds, Integer version) {
        Viewer me = viewer.get();
        List<FieldProblem> problems = UserGuard.problems();
        List<RoleRef> granted = resolveRoles(roleIds, problems);
        if (!problems.isEmpty()) {
            throw new InvalidOrgInput(problems);
        }
        users.lockReportingLines();
        UserAccount current = guard.manageable(me, id);
        if (version != null) {
            StaleVersion.check("user", id, version, current.version());
        }
        requireSuperAdminGrant(me, new HashSet<>(current.roles()), granted);
        boolean losesSuperAdmin = current.isSuperAdmin() && granted.stream().noneMatch(RoleRef::isSuperAdmin);
        if (losesSuperAdmin && current.enabled() && users.otherEnabledSuperAdmins(id) == 0) {
            throw OrgConflict.lastSuperAdmin();
        }
        users.replaceRoles(id, granted.stream().map(RoleRef::id).toList(), clock.instant());
        operations.record(ENTITY, id, "ASSIGN", "roles of '%s': %s".formatted(current.username(), names(granted)),
                Changes.none().field("roles", names(current.roles()), names(granted)));
        log.info("User {} now holds roles {}", id, granted.stream().map(RoleRef::id).toList());
        return users.find(id).orElseThrow();
    }

    /** The roles the ids name, each once; unknown ids are problems of {@code roleIds}. */
    private List<RoleRef> resolveRoles(List<Long> roleIds, List<FieldProblem> problems) {
        if (roleIds == null || roleIds.isEmpty()) {
            problems.add(new FieldProblem("roleIds", "must name at least one role"));
            return List.of();
        }
        if (roleIds.contains(null)) {
            problems.add(new FieldProblem("roleIds", "must contain role ids only"));
            return List.of();
        }
        Set<Long> wanted = new LinkedHashSet<>(roleIds);
        List<RoleRef> found = roles.refs(List.copyOf(wanted));
        if (found.size() < wanted.size()) {
            found.forEach(role -> wanted.remove(role.id()));
            problems.add(new FieldProblem("roleIds", "roles " + wanted + " do not exist"));
        }
        return found;
    }

    private static void requireSuperAdminGrant(Viewer me, Set<RoleRef> before, List<RoleRef> after) {
        boolean had = before.stream().anyMatch(RoleRef::isSuperAdmin);
        boolean has = after.stream().anyMatch(RoleRef::isSuperAdmin);
        if (had != has && !me.superAdmin()) {
            throw SuperAdminOnly.grant();
        }
    }

    private static List<String> names(java.util.Collection<RoleRef> roles) {
        return roles.stream().map(role -> role.code() != null ? role.code() : role.name()).sorted().toList();
    }
}
