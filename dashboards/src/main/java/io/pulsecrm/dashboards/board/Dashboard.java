package io.pulsecrm.dashboards.board;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.access.ViewerAccess;
import io.pulsecrm.dashboards.filter.DashboardFilterResolver;
import io.pulsecrm.dashboards.filter.DashboardFilters;
import io.pulsecrm.dashboards.filter.DirectorySource;
import io.pulsecrm.dashboards.filter.FilterRequest;
import io.pulsecrm.dashboards.pipeline.WarehouseUnavailable;
import io.pulsecrm.warehouse.query.SinkProgress;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.OrgDirectory;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads widgets for viewers: their scope (from the organization as it is now), their filters resolved inside it, then
 * each widget's figures after the watermark was taken — so the figures are at least as new as the "last updated" shown,
 * and a change landing in between shows up again as a new watermark, never as a lost update.
 */
@Service
public class Dashboard {

    private final Widgets widgets;
    private final ViewerAccess access;
    private final DashboardFilterResolver filters;
    private final DirectorySource directory;
    private final SinkWatermarks watermarks;
    private final JsonMapper json;

    Dashboard(Widgets widgets, ViewerAccess access, DashboardFilterResolver filters, DirectorySource directory,
            SinkWatermarks watermarks, JsonMapper json) {
        this.widgets = widgets;
        this.access = access;
        this.filters = filters;
        this.directory = directory;
        this.watermarks = watermarks;
        this.json = json;
    }

    /** Every widget for one viewer and filters, for a page's first load. */
    public DashboardView current(Viewer viewer, FilterRequest request, Locale locale) {
        Map<String, SinkProgress.Watermark> marks = watermarks.latest();
        ViewerScope scope = scopeOf(viewer);
        Supplier<OrgDirectory> org = once();
        DashboardFilters resolved = filters.resolve(request, scope, org);
        var query = new WidgetQuery(scope, resolved, org);
        Map<String, WidgetView> views = new LinkedHashMap<>();
        for (Widget<?> widget : widgets.of(Widgets.DASHBOARD)) {
            views.put(widget.id(), read(widget, query, marks).view(locale));
        }
        return new DashboardView(FiltersView.of(resolved), views);
    }

    /** One widget with its default filters (the pipeline chart's own API). */
    public WidgetView widget(Viewer viewer, String id, Locale locale) {
        Widget<?> widget = widgets.byId(id).orElseThrow();
        Map<String, SinkProgress.Watermark> marks = watermarks.latest();
        ViewerScope scope = scopeOf(viewer);
        Supplier<OrgDirectory> org = once();
        var query = new WidgetQuery(scope, filters.resolve(FilterRequest.DEFAULT, scope, org), org);
        return read(widget, query, marks).view(locale);
    }

    Map<String, SinkProgress.Watermark> watermarks() {
        return watermarks.latest();
    }

    Widgets widgets() {
        return widgets;
    }

    DashboardFilterResolver filters() {
        return filters;
    }

    /** The organization with names, read on first use only, then kept for this one reading. */
    Supplier<OrgDirectory> once() {
        return directory.once();
    }

    <F> PublishedWidget read(Widget<F> widget, WidgetQuery query, Map<String, SinkProgress.Watermark> marks) {
        F figures = widget.read(query);
        Instant updatedAt = widget.sourceTables().stream().map(marks::get).filter(m -> m != null)
                .map(SinkProgress.Watermark::lastCommitTs).max(Instant::compareTo).orElse(null);
        return new PublishedWidget(locale -> new WidgetView(widget.optionJson(figures, locale), figures, updatedAt), json);
    }

    ViewerScope scopeOf(Viewer viewer) {
        return WarehouseUnavailable.read(() -> access.scopeOf(viewer));
    }

    Map<Viewer.Key, ViewerScope> scopesOf(Collection<Viewer> viewers) {
        return WarehouseUnavailable.read(() -> access.scopesOf(viewers));
    }

    /** The viewer's login and grants checked again; empty once the session ended or the user was disabled. */
    Optional<Viewer> recheck(Viewer viewer) {
        return WarehouseUnavailable.read(() -> access.recheck(viewer));
    }
}
