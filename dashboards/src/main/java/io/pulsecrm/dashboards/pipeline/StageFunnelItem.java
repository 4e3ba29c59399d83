package io.pulsecrm.dashboards.pipeline;

import org.icepear.echarts.charts.funnel.FunnelDataItem;
import org.icepear.echarts.components.tooltip.Tooltip;

/**
 * A funnel data item with its own tooltip. ECharts accepts one per data item
 * ({@code series-funnel.data.tooltip}); echarts-java 1.1.0's {@link FunnelDataItem} lacks the field,
 * and its serializer writes a subclass's fields too.
 */
@SuppressWarnings({"unused", "serial"}) // the field is read by the serializer
final class StageFunnelItem extends FunnelDataItem {

    private Tooltip tooltip;

    StageFunnelItem tooltip(Tooltip tooltip) {
        this.tooltip = tooltip;
        return this;
    }
}
