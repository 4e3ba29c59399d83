package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.access.ViewerAccess;
import io.pulsecrm.dashboards.config.DashboardsProperties;
import io.pulsecrm.dashboards.filter.DashboardFilterResolver;
import io.pulsecrm.dashboards.filter.DashboardFilters;
import io.pulsecrm.dashboards.filter.DirectorySource;
import io.pulsecrm.dashboards.filter.FilterRequest;
import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import io.pulsecrm.warehouse.query.sales.FactRecords;
import io.pulsecrm.warehouse.query.sales.OrgDirectory;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * The rows behind a figure as the viewer may see them: their scope resolved now, the page's filters and the figure's
 * owner or department checked inside it (else 403), then one page read with the very filter the widget read the
 * figure with — so the list's total is the figure.
 */
@Service
class FactDrillDown {

    private final SalesWarehouse warehouse;
    private final ViewerAccess access;
    private final DashboardFilterResolver resolver;
    private final DirectorySource directory;
    private final DashboardsProperties properties;

    FactDrillDown(SalesWarehouse warehouse, ViewerAccess access, DashboardFilterResolver resolver,
            DirectorySource directory, DashboardsProperties properties) {
        this.warehouse = warehouse;
        this.access = access;
        this.resolver = resolver;
        this.directory = directory;
        this.properties = properties;
    }

    /** The viewer's scope as the organization is now. */
    ViewerScope scopeOf(Viewer viewer) {
        return WarehouseUnavailable.read(() -> access.scopeOf(viewer));
    }

    /** The page's filters inside the scope: a department or employee outside it → {@code OutOfScope} (403). */
    DashboardFilters resolve(FilterRequest filters, ViewerScope scope) {
        return resolver.resolve(filters, scope, directory.once());
    }

    FactPageView records(Viewer viewer, DrillRequest request) {
        ViewerScope scope = scopeOf(viewer);
        Supplier<OrgDirectory> org = directory.once();
        DashboardFilters page = resolver.resolve(request.filters(), scope, org);
        FactFilter filter = page.factFilter().withCategory(request.category());
        if (request.owner() != null) {
            DashboardFilterResolver.checkEmployee("owner", request.owner(), scope, org.get());
            filter = page.employeeId() != null && !page.employeeId().equals(request.owner())
                    ? new FactFilter(Set.of(), null, request.category()) // two different people: nobody
                    : filter.withOwner(request.owner());
        }
        if (request.department() != null) {
            Set<Long> tree = new HashSet<>(
                    DashboardFilterResolver.departmentTree("department", request.department(), scope, org.get()));
            if (filter.departments() != null) {
                tree.retainAll(filter.departments());
            }
            filter = new FactFilter(tree, filter.ownerId(), filter.category());
        }
        FactRecords records = warehouse.records(request.fact(), scope, filter, page.range(), request.paging().page(),
                request.paging().size());
        return FactPageView.of(request, records, properties::oltpUrl);
    }
}
