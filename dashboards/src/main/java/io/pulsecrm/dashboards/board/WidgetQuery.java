package io.pulsecrm.dashboards.board;

import io.pulsecrm.dashboards.filter.DashboardFilters;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.OrgDirectory;
import java.util.function.Supplier;

/**
 * What a widget reads its figures for: the viewer's scope (resolved on the server), the filters resolved inside it,
 * and the organization with names, read at most once per reading and only if a widget asks for it.
 */
public record WidgetQuery(ViewerScope scope, DashboardFilters filters, Supplier<OrgDirectory> directory) {
}
