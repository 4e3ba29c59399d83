package io.pulsecrm.oltp.org;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.shared.StaleVersion;
import io.pulsecrm.scope.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles: the built-in super admin (fixed), the default roles (editable, not deletable) and custom
 * roles. A change applies to every holder's next request: identity reads grants per request.
 */
@Service
@Transactional(readOnly = true)
public class RoleService {

    public static final String SUPER_ADMIN = "SUPER_ADMIN";
    static final String ENTITY = "ROLE";
    private static final Logger log = LoggerFactory.getLogger(RoleService.class);

    private final RoleRepository roles;
    private final OperationLog operations;
    private final Clock clock;

    RoleService(RoleRepository roles, OperationLog operations, Clock clock) {
        this.roles = roles;
        this.operations = operations;
        this.clock = clock;
    }

    public List<Role> list() {
        return roles.all();
    }

    public Role get(long id) {
        return roles.find(id).orElseThrow(() -> OrgNotFound.role(id));
    }

    public List<LogEntry> history(long id) {
        get(id);
        return operations.history(ENTITY, id);
    }

    @Transactional
    public Role create(String name, String description, DataScope dataScope, Collection<Long> departmentIds,
            Collection<String> permissions) {
        RoleDefinition role = checked(name, description, dataScope, departmentIds, permissions);
        if (roles.nameTaken(role.name(), 0)) {
            throw OrgConflict.roleNameTaken(role.name());
        }
        long id = roles.insert(role, clock.instant());
        operations.record(ENTITY, id, "CREATE", "created role '%s' (%s, %d permissions)"
                .formatted(role.name(), role.dataScope(), role.permissions().size()), changes(null, role));
        log.info("Role {} created", id);
        return get(id);
    }

    @Transactional
    public Role update(long id, String name, String description, DataScope dataScope, Collection<Long> departmentIds,
            Collection<String> permissions, int version) {
        RoleDefinition role = checked(name, description, dataScope, departmentIds, permissions);
        Role current = roles.lock(id).orElseThrow(() -> OrgNotFound.role(id));
        StaleVersion.check("role", id, version, current.version());
        if (!current.editable()) {
            throw OrgConflict.roleNotEditable(id);
        }
        if (roles.nameTaken(role.name(), id)) {
            throw OrgConflict.roleNameTaken(role.name());
        }
        roles.update(id, role, clock.instant());
        operations.record(ENTITY, id, "UPDATE", "changed role '%s'".formatted(role.name()), changes(current, role));
        log.info("Role {} changed: scope {}, {} permissions", id, role.dataScope(), role.permissions().size());
        return get(id);
    }

    @Transactional
    public void delete(long id, Integer version) {
        Role current = roles.lock(id).orElseThrow(() -> OrgNotFound.role(id));
        if (version != null) {
            StaleVersion.check("role", id, version, current.version());
        }
        if (!current.deletable()) {
            throw OrgConflict.roleNotDeletable(id);
        }
        int holders = roles.holders(id);
        if (holders > 0) {
            throw OrgConflict.roleInUse(id, holders + " user(s)");
        }
        operations.record(ENTITY, id, "DELETE", "deleted role '%s'".formatted(current.name()),
                Changes.none().field("name", current.name(), null));
        try {
            roles.delete(id);
        } catch (DataIntegrityViolationException e) {
            // approval steps name roles as approvers (on delete restrict)
            throw OrgConflict.roleInUse(id, "an approval flow");
        }
        log.info("Role {} deleted", id);
    }

    private RoleDefinition checked(String name, String description, DataScope dataScope, Collection<Long> departmentIds,
            Collection<String> permissions) {
        RoleDefinition role = RoleDefinition.of(name, description, dataScope, departmentIds, permissions);
        List<Long> missing = role.departmentIds().isEmpty() ? List.of() : roles.missingDepartments(role.departmentIds());
        if (!missing.isEmpty()) {
            throw InvalidOrgInput.of("departmentIds", "departments " + missing + " do not exist");
        }
        return role;
    }

    private static Changes changes(Role before, RoleDefinition after) {
        return Changes.none()
                .field("name", before == null ? null : before.name(), after.name())
                .field("description", before == null ? null : before.description(), after.description())
                .field("dataScope", before == null ? null : before.dataScope(), after.dataScope())
                .field("departmentIds", before == null ? null : before.departmentIds(), List.copyOf(after.departmentIds()))
                .field("permissions", before == null ? null : List.copyOf(new java.util.TreeSet<>(before.permissions())),
                        List.copyOf(after.permissions()));
    }
}
