package io.pulsecrm.oltp.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.scope.DataScope;

/**
 * What a role grants, checked: a name, a data scope (CUSTOM with its departments, every other
 * scope without any) and known permissions. Duplicates collapse; order does not matter.
 */
record RoleDefinition(String name, String description, DataScope dataScope, SortedSet<Long> departmentIds,
                      SortedSet<String> permissions) {

    static final int NAME_MAX = 64;
    static final int DESCRIPTION_MAX = 500;

    static RoleDefinition of(String name, String description, DataScope dataScope, Collection<Long> departmentIds,
            Collection<String> permissions) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            problems.add(new FieldProblem("name", "must be 1 to " + NAME_MAX + " characters"));
        }
        if (description != null && description.strip().length() > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "must be at most " + DESCRIPTION_MAX + " characters"));
        }
        List<Long> departments = departmentIds == null ? List.of() : new ArrayList<>(departmentIds);
        for (int i = 0; i < departments.size(); i++) {
            if (departments.get(i) == null) {
                problems.add(new FieldProblem("departmentIds[" + i + "]", "must be a department id"));
            }
        }
        if (dataScope == null) {
            problems.add(new FieldProblem("dataScope", "is required"));
        } else if (dataScope == DataScope.CUSTOM && departments.isEmpty()) {
            problems.add(new FieldProblem("departmentIds", "must name at least one department for a CUSTOM scope"));
        } else if (dataScope != DataScope.CUSTOM && !departments.isEmpty()) {
            problems.add(new FieldProblem("departmentIds", "must be empty unless the data scope is CUSTOM"));
        }
        List<String> granted = permissions == null ? List.of() : new ArrayList<>(permissions);
        problems.addAll(PermissionCatalogue.check("permissions", granted));
        if (!problems.isEmpty()) {
            throw new InvalidOrgInput(problems);
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        return new RoleDefinition(name.strip(), text, dataScope, new TreeSet<>(departments), new TreeSet<>(granted));
    }
}
