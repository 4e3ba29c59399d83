package io.pulsecrm.dashboards.board;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * One widget as the browser gets it, from the dashboard API and as its event in the stream.
 *
 * @param option    the ECharts option as echarts-java rendered it, embedded as JSON; null for figures only
 * @param rows      the figures behind it, with what each clickable figure drills into
 * @param updatedAt when its newest data reached ClickHouse; null when the warehouse has none yet
 */
public record WidgetView(@JsonRawValue String option, Object rows, Instant updatedAt) {
}
