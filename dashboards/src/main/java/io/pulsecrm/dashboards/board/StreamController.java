package io.pulsecrm.dashboards.board;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.filter.FilterRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of the dashboard: one event per widget, named by its id ({@code pipeline}, {@code brief}, …, the
 * same JSON as in the dashboard API, for the viewer's scope and the URL's filters), and {@code unavailable},
 * {@code unauthorized} and {@code forbidden} (problems; the last two end the stream).
 */
@RestController
class StreamController {

    private final DashboardFeed feed;
    private final Dashboard dashboard;

    StreamController(DashboardFeed feed, Dashboard dashboard) {
        this.feed = feed;
        this.dashboard = dashboard;
    }

    /** Malformed filters are refused (400) and filters outside the scope (403) before the stream starts. */
    @GetMapping(path = "/api/v1/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal Viewer viewer, Locale locale, HttpServletResponse response,
            @RequestParam(required = false) String period, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String dept,
            @RequestParam(required = false) String emp, @RequestParam(required = false) String kpi,
            @RequestParam(required = false) String roi) {
        FilterRequest filters = FilterRequest.parse(period, from, to, dept, emp, kpi, roi);
        if (filters.departmentId() != null || filters.employeeId() != null) {
            dashboard.filters().resolve(filters, dashboard.scopeOf(viewer), dashboard.once());
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no"); // proxies must not buffer the stream
        return feed.subscribe(viewer, filters, locale);
    }
}
