package io.pulsecrm.dashboards.pipeline;

import java.util.Locale;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Reads the pipeline figures from the warehouse and turns them into the chart a viewer sees. */
@Service
public class PipelineCharts {

    private final PipelineWarehouse warehouse;
    private final PipelineOptionBuilder options;
    private final JsonMapper json;

    PipelineCharts(PipelineWarehouse warehouse, PipelineOptionBuilder options, JsonMapper json) {
        this.warehouse = warehouse;
        this.options = options;
        this.json = json;
    }

    /** The current chart: one watermark query and one figures query. */
    public PipelineChartView current(Locale locale) {
        return view(read(warehouse.latestWatermark()), locale);
    }

    Watermark watermark() {
        return warehouse.latestWatermark();
    }

    /**
     * Reads the figures after {@code watermark} was taken, so they are at least that new: a change
     * landing in between shows up again as a new watermark on the next poll, never as a lost update.
     */
    PipelineSnapshot read(Watermark watermark) {
        return new PipelineSnapshot(watermark, warehouse.openPipelineByStage());
    }

    PipelineChartView view(PipelineSnapshot snapshot, Locale locale) {
        return new PipelineChartView(options.optionJson(snapshot.rows(), locale), snapshot.rows(), snapshot.updatedAt());
    }

    String toJson(Object value) {
        return json.writeValueAsString(value);
    }
}
