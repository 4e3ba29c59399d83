package io.pulsecrm.dashboards.board;

import java.util.Map;

/** Body of {@code GET /api/v1/dashboard}: the filters as resolved, and every widget by id in page order. */
public record DashboardView(FiltersView filters, Map<String, WidgetView> widgets) {
}
