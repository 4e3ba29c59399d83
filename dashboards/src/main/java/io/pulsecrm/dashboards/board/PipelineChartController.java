package io.pulsecrm.dashboards.board;

import io.pulsecrm.dashboards.access.Viewer;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The funnel widget alone, as before it joined the dashboard; live changes come by {@code /api/v1/stream}. */
@RestController
class PipelineChartController {

    private final Dashboard dashboard;

    PipelineChartController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    /** The only request parameter honoured is {@code lang}; what the chart shows is the viewer's scope. */
    @GetMapping(path = "/api/v1/charts/pipeline", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WidgetView> pipeline(@AuthenticationPrincipal Viewer viewer, Locale locale) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(dashboard.widget(viewer, PipelineWidget.ID, locale));
    }
}
