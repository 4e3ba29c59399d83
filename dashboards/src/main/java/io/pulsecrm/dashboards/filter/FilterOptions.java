package io.pulsecrm.dashboards.filter;

import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.OrgDirectory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Body of {@code GET /api/v1/dashboard/filters}: the departments and employees the viewer may choose, nothing more.
 * A department whose parent the viewer may not choose is a root of the tree shown.
 */
public record FilterOptions(List<DepartmentOption> departments, List<EmployeeOption> employees) {

    public record DepartmentOption(long id, Long parentId, String name) {
    }

    public record EmployeeOption(long id, String name, long departmentId, boolean enabled) {
    }

    static FilterOptions of(ViewerScope scope, OrgDirectory directory) {
        Set<Long> choosable = directory.departments().stream()
                .map(OrgDirectory.Department::id)
                .filter(id -> DashboardFilterResolver.mayChooseDepartment(scope, id))
                .collect(Collectors.toSet());
        List<DepartmentOption> departments = directory.departments().stream()
                .filter(d -> choosable.contains(d.id()))
                .map(d -> new DepartmentOption(d.id(), choosable.contains(d.parentId()) ? d.parentId() : null, d.name()))
                .toList();
        List<EmployeeOption> employees = directory.people().stream()
                .filter(p -> DashboardFilterResolver.mayChooseEmployee(scope, p.id()))
                .map(p -> new EmployeeOption(p.id(), p.displayName(), p.departmentId(), p.enabled()))
                .toList();
        return new FilterOptions(departments, employees);
    }
}
