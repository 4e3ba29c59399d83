package io.pulsecrm.dashboards.pipeline;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** One scope's figures read once for one watermark, shared by every stream of that scope, serialised once per language. */
final class PublishedChart {

    private final PipelineSnapshot snapshot;
    private final PipelineCharts charts;
    private final Map<Locale, String> json = new HashMap<>();

    PublishedChart(PipelineSnapshot snapshot, PipelineCharts charts) {
        this.snapshot = snapshot;
        this.charts = charts;
    }

    String json(Locale locale) {
        return json.computeIfAbsent(locale, l -> charts.toJson(charts.view(snapshot, l)));
    }
}
