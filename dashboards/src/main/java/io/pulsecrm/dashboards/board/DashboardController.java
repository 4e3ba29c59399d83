package io.pulsecrm.dashboards.board;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.dashboards.filter.FilterRequest;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every widget of the dashboard for a page load; the filters come from the page's URL. */
@RestController
class DashboardController {

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    /**
     * {@code period} (today, week, month, quarter, year, custom; default month), {@code from}/{@code to} (custom,
     * yyyy-MM-dd, at most 10 years), {@code dept}, {@code emp} (inside the viewer's scope, else 403), {@code kpi}
     * (month, quarter, year), {@code roi} (first, last: the campaign ROI's attribution). Anything else is ignored:
     * the scope is decided from the login.
     */
    @GetMapping(path = "/api/v1/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DashboardView> dashboard(@AuthenticationPrincipal Viewer viewer, Locale locale,
            @RequestParam(required = false) String period, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String dept,
            @RequestParam(required = false) String emp, @RequestParam(required = false) String kpi,
            @RequestParam(required = false) String roi) {
        var filters = FilterRequest.parse(period, from, to, dept, emp, kpi, roi);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(dashboard.current(viewer, filters, locale));
    }
}
