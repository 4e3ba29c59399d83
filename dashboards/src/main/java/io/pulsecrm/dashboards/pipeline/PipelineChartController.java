package io.pulsecrm.dashboards.pipeline;

import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The funnel's option and figures for a page load; live changes come by {@code /api/v1/stream}. */
@RestController
class PipelineChartController {

    private final PipelineCharts charts;

    PipelineChartController(PipelineCharts charts) {
        this.charts = charts;
    }

    /** The only request parameter honoured is {@code lang}; what the chart shows is decided here. */
    @GetMapping(path = "/api/v1/charts/pipeline", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PipelineChartView> pipeline(Locale locale) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(charts.current(locale));
    }
}
