package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.config.DashboardsProperties;
import io.pulsecrm.dashboards.filter.DashboardFilters;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.FactRecords;
import org.springframework.stereotype.Service;

/**
 * The records behind a funnel step or a campaign's figure as the viewer may see them: their scope resolved now and the
 * page's department / employee checked inside it (else 403, as every drill-down), then one page read with the very
 * filter the widget read the figure with ({@link FunnelRoiFact}) — so the list's total is the figure. A campaign outside
 * the scope, or not owned where the page narrows to, lists nothing.
 */
@Service
class FunnelRoiDrillDown {

    private final FunnelRoiWarehouse warehouse;
    private final FactDrillDown pages;
    private final DashboardsProperties properties;

    FunnelRoiDrillDown(FunnelRoiWarehouse warehouse, FactDrillDown pages, DashboardsProperties properties) {
        this.warehouse = warehouse;
        this.pages = pages;
        this.properties = properties;
    }

    FactPageView records(Viewer viewer, FunnelRoiDrillRequest request) {
        ViewerScope scope = pages.scopeOf(viewer);
        DashboardFilters page = pages.resolve(request.filters(), scope);
        int number = request.paging().page();
        int size = request.paging().size();
        FactRecords records = request.fact() == FunnelRoiFact.FUNNEL_ENTRIES
                ? warehouse.entryRecords(request.step(), FunnelRoiFact.funnel(scope, page), number, size)
                : warehouse.credited(request.fact().credit, request.model(), request.campaignId(),
                        FunnelRoiFact.campaigns(scope, page), number, size);
        boolean funnel = request.fact() == FunnelRoiFact.FUNNEL_ENTRIES;
        return FactPageView.of(request.fact().name(), funnel ? page.range().from() : null,
                funnel ? page.range().to() : null, request.paging(), records, properties::oltpUrl);
    }
}
