package io.pulsecrm.dashboards.pipeline;

import io.pulsecrm.dashboards.access.Viewer;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The funnel's option and figures for a page load; live changes come by {@code /api/v1/stream}. */
@RestController
class PipelineChartController {

    private final PipelineCharts charts;

    PipelineChartController(PipelineCharts charts) {
        this.charts = charts;
    }

    /**
     * The only request parameter honoured is {@code lang}; what the chart shows is the viewer's scope, decided
     * here from their login.
     */
    @GetMapping(path = "/api/v1/charts/pipeline", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PipelineChartView> pipeline(@AuthenticationPrincipal Viewer viewer, Locale locale) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(charts.current(viewer, locale));
    }
}
