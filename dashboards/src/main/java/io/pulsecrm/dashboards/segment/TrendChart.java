package io.pulsecrm.dashboards.segment;

import io.pulsecrm.dashboards.access.Viewer;
import io.pulsecrm.warehouse.query.MembershipDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.render.Engine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A segment's membership over time (from {@code segment_member_event}, in the viewer's scope): the members at each
 * day's end as a line, the day's entries and exits as bars. The option is built here with echarts-java, its texts
 * translated here; the figures go along as {@code rows} for the table under it (and for tests).
 */
@Component
class TrendChart {

    private final SegmentBuilder builder;
    private final SegmentWarehouse warehouse;
    private final MessageSource messages;
    private final Engine engine = new Engine();

    TrendChart(SegmentBuilder builder, SegmentWarehouse warehouse, MessageSource messages) {
        this.builder = builder;
        this.warehouse = warehouse;
        this.messages = messages;
    }

    record View(long segmentId, LocalDate from, LocalDate to, String option, List<MembershipDay> rows) {
    }

    View of(Viewer viewer, long segmentId, int days, Locale locale) {
        var scope = builder.checkedScope(viewer, segmentId);
        LocalDate to = builder.today();
        LocalDate from = to.minusDays(days - 1L);
        List<MembershipDay> rows = warehouse.trend(segmentId, scope, from, to, SegmentBuilder.ZONE);
        return new View(segmentId, from, to, optionJson(rows, locale), rows);
    }

    String optionJson(List<MembershipDay> rows, Locale locale) {
        String[] days = rows.stream().map(d -> d.day().toString().substring(5)).toArray(String[]::new);
        var members = new LineSeries().setId("members").setName(text("segment.trend.members", locale))
                .setData(rows.stream().map(MembershipDay::members).toArray(Number[]::new));
        var entered = new BarSeries().setId("entered").setName(text("segment.trend.entered", locale))
                .setData(rows.stream().map(MembershipDay::entered).toArray(Number[]::new)).setBarMaxWidth(14);
        var exited = new BarSeries().setId("exited").setName(text("segment.trend.exited", locale))
                .setData(rows.stream().map(d -> -d.exited()).toArray(Number[]::new)).setBarMaxWidth(14);
        Option option = new Option()
                .setTooltip(new Tooltip().setTrigger("axis").setConfine(true))
                .setLegend(new Legend().setBottom(0))
                .setGrid(new Grid().setLeft(8).setRight(16).setTop(16).setBottom(36).setContainLabel(true))
                .setXAxis(new CategoryAxis().setData(days))
                .setYAxis(new ValueAxis().setMinInterval(1))
                .setSeries(new org.icepear.echarts.origin.util.SeriesOption[] {members, entered, exited});
        option.setColor(new String[] {"#2e75b6", "#0f7b6c", "#c2410c"});
        return engine.renderJsonOption(option);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
