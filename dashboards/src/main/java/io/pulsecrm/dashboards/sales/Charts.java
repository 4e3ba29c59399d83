package io.pulsecrm.dashboards.sales;

import java.util.Locale;
import org.icepear.echarts.Option;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.text.Label;
import org.icepear.echarts.components.title.Title;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.origin.util.SeriesOption;
import org.icepear.echarts.render.Engine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the sales widgets' option builders share: translated texts and one look for bar and line charts on a category
 * axis (title, axis tooltip, legend, a grid that keeps labels inside on a phone). Series carry ids, so a pushed update
 * merges into the chart on screen, and a click names the series the page looks up the figure's drill-down by.
 */
@Component
class Charts {

    private static final String[] PALETTE = {"#2e75b6", "#9db8d9", "#0f7b6c", "#86c5b8", "#a16207", "#6b21a8"};

    private final MessageSource messages;
    private final Engine engine = new Engine();

    Charts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /**
     * @param horizontal bars along the x axis, categories down the y axis, the first one on top (a ranking)
     */
    String render(String title, String[] categories, boolean horizontal, SeriesOption... series) {
        var categoryAxis = new CategoryAxis().setData(categories).setInverse(horizontal);
        var valueAxis = new ValueAxis();
        Option option = new Option()
                .setTitle(new Title().setText(title).setLeft("center").setTop(4).setTextStyle(new Label().setFontSize(15)))
                .setTooltip(new Tooltip().setTrigger("axis").setConfine(true))
                .setLegend(new Legend().setBottom(0))
                .setGrid(new Grid().setLeft(8).setRight(16).setTop(40).setBottom(36).setContainLabel(true))
                .setXAxis(horizontal ? valueAxis : categoryAxis)
                .setYAxis(horizontal ? categoryAxis : valueAxis)
                .setSeries(series);
        option.setColor(PALETTE);
        return engine.renderJsonOption(option);
    }

    static BarSeries bar(String id, String name, Number[] data) {
        var bar = new BarSeries().setId(id).setName(name).setData(data).setBarMaxWidth(28);
        return bar;
    }

    static LineSeries line(String id, String name, Number[] data) {
        return new LineSeries().setId(id).setName(name).setData(data);
    }
}
