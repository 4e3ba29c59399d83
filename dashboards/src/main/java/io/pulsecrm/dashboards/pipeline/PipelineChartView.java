package io.pulsecrm.dashboards.pipeline;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;

/**
 * Body of {@code GET /api/v1/charts/pipeline} and data of the SSE event {@code pipeline}.
 *
 * @param option the ECharts option as echarts-java rendered it, embedded as JSON
 * @param rows the figures behind the chart, stages in position order
 * @param updatedAt when that data reached ClickHouse; null when the warehouse has none yet
 */
public record PipelineChartView(@JsonRawValue String option, List<StageFigures> rows, Instant updatedAt) {
}
