package io.pulsecrm.dashboards.filter;

import io.pulsecrm.scope.OrgDepartment;
import io.pulsecrm.scope.Organization;
import io.pulsecrm.warehouse.query.AttributionModel;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.OrgDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link FilterRequest} into the {@link DashboardFilters} of one viewer: presets become days in the managers'
 * zone, and a department or employee is accepted only inside the viewer's scope — a department the scope covers (any,
 * for those who see everything), an employee whose records it covers — else {@link OutOfScope}. Filters can only
 * narrow: the queries still apply the scope itself.
 */
@Component
public class DashboardFilterResolver {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    @Autowired
    DashboardFilterResolver() {
        this(Clock.system(ZONE));
    }

    public DashboardFilterResolver(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * @param directory read only when a department or employee was chosen
     * @throws OutOfScope when the department or employee is not the viewer's to see, or does not exist
     */
    public DashboardFilters resolve(FilterRequest request, ViewerScope scope, Supplier<OrgDirectory> directory) {
        LocalDate today = today();
        DayRange range = request.period() == Period.CUSTOM ? new DayRange(request.from(), request.to())
                : request.period().containing(today);
        Period kpi = request.kpi() != null ? request.kpi()
                : request.period().compareTo(Period.MONTH) >= 0 && request.period() != Period.CUSTOM ? request.period()
                : Period.MONTH;
        Set<Long> departments = null;
        if (request.departmentId() != null) {
            departments = departmentTree("dept", request.departmentId(), scope, directory.get());
        }
        if (request.employeeId() != null) {
            checkEmployee("emp", request.employeeId(), scope, directory.get());
        }
        return new DashboardFilters(request.period(), range, request.period().before(range), kpi,
                kpi.containing(range.to()), request.departmentId(), departments, request.employeeId(), today,
                request.roi() == null ? AttributionModel.FIRST_TOUCH : request.roi());
    }

    /** Whether the viewer may choose this department: the scope covers it (all of them for ALL). */
    public static boolean mayChooseDepartment(ViewerScope scope, long departmentId) {
        return scope.scope().all() || scope.scope().departments().contains(departmentId);
    }

    /** Whether the viewer may choose this employee: the scope covers their records (everyone's for ALL). */
    public static boolean mayChooseEmployee(ViewerScope scope, long userId) {
        return scope.scope().all() || scope.scope().owners().contains(userId);
    }

    /**
     * The department (named by {@code parameter}) and the departments under it.
     *
     * @throws OutOfScope when it does not exist or the viewer may not choose it
     */
    public static Set<Long> departmentTree(String parameter, long departmentId, ViewerScope scope, OrgDirectory directory) {
        boolean exists = directory.departments().stream().anyMatch(d -> d.id() == departmentId);
        if (!exists || !mayChooseDepartment(scope, departmentId)) {
            throw new OutOfScope(parameter, departmentId);
        }
        return subtree(departmentId, directory);
    }

    /** @throws OutOfScope when the user (named by {@code parameter}) does not exist or the viewer may not choose them */
    public static void checkEmployee(String parameter, long userId, ViewerScope scope, OrgDirectory directory) {
        boolean exists = directory.people().stream().anyMatch(p -> p.id() == userId);
        if (!exists || !mayChooseEmployee(scope, userId)) {
            throw new OutOfScope(parameter, userId);
        }
    }

    /** The department and every department under it, by the scope rule's own walk of the tree. */
    public static Set<Long> subtree(long departmentId, OrgDirectory directory) {
        var tree = new Organization(directory.departments().stream()
                .map(d -> new OrgDepartment(d.id(), d.parentId())).toList(), List.of());
        return tree.departmentAndDescendants(departmentId);
    }
}
