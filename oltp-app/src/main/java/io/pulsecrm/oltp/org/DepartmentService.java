package io.pulsecrm.oltp.org;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.shared.FieldChecks;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The department tree: one top department (办公室 by default), any depth below it. */
@Service
@Transactional(readOnly = true)
public class DepartmentService {

    static final String ENTITY = "DEPARTMENT";
    private static final Logger log = LoggerFactory.getLogger(DepartmentService.class);

    private final DepartmentRepository departments;
    private final OperationLog operations;
    private final Clock clock;

    DepartmentService(DepartmentRepository departments, OperationLog operations, Clock clock) {
        this.departments = departments;
        this.operations = operations;
        this.clock = clock;
    }

    /** The whole tree from the top department, with member counts. */
    public DepartmentNode tree() {
        List<Department> all = departments.all();
        Map<Long, int[]> counts = departments.memberCounts();
        Map<Long, List<Department>> children = new HashMap<>();
        Department top = null;
        for (Department department : all) {
            if (department.isTop()) {
                top = department;
            } else {
                children.computeIfAbsent(department.parentId(), k -> new ArrayList<>()).add(department);
            }
        }
        return node(Objects.requireNonNull(top, "the schema keeps exactly one top department"), children, counts,
                new java.util.HashSet<>());
    }

    private static DepartmentNode node(Department department, Map<Long, List<Department>> children,
            Map<Long, int[]> counts, java.util.Set<Long> seen) {
        seen.add(department.id());
        List<DepartmentNode> below = children.getOrDefault(department.id(), List.of()).stream()
                .filter(child -> !seen.contains(child.id()))
                .map(child -> node(child, children, counts, seen)).toList();
        int[] own = counts.getOrDefault(department.id(), new int[2]);
        int total = own[0] + below.stream().mapToInt(DepartmentNode::totalMemberCount).sum();
        return new DepartmentNode(department.id(), department.parentId(), department.name(), department.position(),
                own[0], own[1], total, department.version(), below);
    }

    public Department get(long id) {
        return departments.find(id).orElseThrow(() -> OrgNotFound.department(id));
    }

    public List<LogEntry> history(long id) {
        get(id);
        return operations.history(ENTITY, id);
    }

    @Transactional
    public Department create(long parentId, String name, Integer position) {
        checkFields(name, position);
        departments.lock(parentId).orElseThrow(() -> InvalidOrgInput.of("parentId", "department " + parentId + " does not exist"));
        String trimmed = name.strip();
        if (departments.siblingNameTaken(parentId, trimmed, 0)) {
            throw OrgConflict.departmentNameTaken(trimmed);
        }
        int at = position != null ? position : departments.nextPosition(parentId);
        long id = departments.insert(parentId, trimmed, at, clock.instant());
        operations.record(ENTITY, id, "CREATE", "created department '%s' under %d".formatted(trimmed, parentId),
                Changes.none().field("name", null, trimmed).field("parentId", null, parentId));
        log.info("Department {} created under {}", id, parentId);
        return get(id);
    }

    /** Renames and/or reorders among its siblings; without a position it keeps its place. */
    @Transactional
    public Department rename(long id, String name, Integer position, int version) {
        checkFields(name, position);
        Department current = departments.lock(id).orElseThrow(() -> OrgNotFound.department(id));
        StaleVersion.check("department", id, version, current.version());
        String trimmed = name.strip();
        if (departments.siblingNameTaken(current.parentId(), trimmed, id)) {
            throw OrgConflict.departmentNameTaken(trimmed);
        }
        int at = position != null ? position : current.position();
        departments.update(id, current.parentId(), trimmed, at, clock.instant());
        operations.record(ENTITY, id, "UPDATE", "renamed department '%s'".formatted(trimmed),
                Changes.none().field("name", current.name(), trimmed).field("position", current.position(), at));
        return get(id);
    }

    /** Moves the department (with everything below it) under another parent, last among its new siblings. */
    @Transactional
    public Department move(long id, long parentId, int version) {
        departments.lockTree();
        Department current = departments.lock(id).orElseThrow(() -> OrgNotFound.department(id));
        StaleVersion.check("department", id, version, current.version());
        if (current.isTop()) {
            throw OrgConflict.topDepartmentFixed(id);
        }
        departments.find(parentId).orElseThrow(() -> InvalidOrgInput.of("parentId", "department " + parentId + " does not exist"));
        if (current.parentId() == parentId) {
            return current;
        }
        new DepartmentTree(departments.parentLinks()).requireMovable(id, parentId);
        if (departments.siblingNameTaken(parentId, current.name(), id)) {
            throw OrgConflict.departmentNameTaken(current.name());
        }
        departments.update(id, parentId, current.name(), departments.nextPosition(parentId), clock.instant());
        operations.record(ENTITY, id, "MOVE", "moved department '%s' from %d to %d"
                .formatted(current.name(), current.parentId(), parentId),
                Changes.none().field("parentId", current.parentId(), parentId));
        log.info("Department {} moved from {} to {}", id, current.parentId(), parentId);
        return get(id);
    }

    /** Deletes an empty department: no sub-departments, no users (enabled or not), no role scope naming it. */
    @Transactional
    public void delete(long id, Integer version) {
        Department current = departments.lock(id).orElseThrow(() -> OrgNotFound.department(id));
        if (version != null) {
            StaleVersion.check("department", id, version, current.version());
        }
        if (current.isTop()) {
            throw OrgConflict.topDepartmentFixed(id);
        }
        int children = departments.children(id);
        int members = departments.members(id);
        if (children > 0 || members > 0) {
            throw OrgConflict.departmentNotEmpty(id, children, members);
        }
        List<String> roles = departments.customScopeRoles(id);
        if (!roles.isEmpty()) {
            throw OrgConflict.departmentInUse(id, "the data scope of role(s) " + String.join(", ", roles));
        }
        operations.record(ENTITY, id, "DELETE", "deleted department '%s'".formatted(current.name()),
                Changes.none().field("name", current.name(), null));
        try {
            departments.delete(id);
        } catch (DataIntegrityViolationException e) {
            // records keep the department they were owned in (owner_dept_id): history pins it
            throw OrgConflict.departmentInUse(id, "records attributed to it");
        }
        log.info("Department {} deleted", id);
    }

    private static void checkFields(String name, Integer position) {
        new FieldChecks()
                .text(name, "name", Department.NAME_MAX)
                .require(position == null || (position >= 0 && position <= Department.POSITION_MAX), "position",
                        "must be between 0 and " + Department.POSITION_MAX)
                .orThrow(InvalidOrgInput::new);
    }
}
