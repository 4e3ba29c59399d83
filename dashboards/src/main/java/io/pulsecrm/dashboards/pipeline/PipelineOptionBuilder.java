package io.pulsecrm.dashboards.pipeline;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.icepear.echarts.Funnel;
import org.icepear.echarts.charts.funnel.FunnelLabel;
import org.icepear.echarts.charts.funnel.FunnelSeries;
import org.icepear.echarts.components.text.Label;
import org.icepear.echarts.components.title.Title;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.render.Engine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the ECharts option of the open-pipeline funnel with echarts-java. All text in the option is
 * translated here, on the server; the browser only hands the option to {@code chart.setOption}.
 */
@Component
public class PipelineOptionBuilder {

    /** The series id lets {@code setOption} merge a pushed update into the chart already on screen. */
    static final String SERIES_ID = "open-pipeline";

    /** Dark enough for white labels inside the funnel. */
    private static final String[] PALETTE = {
        "#1f4e79", "#2e75b6", "#0f7b6c", "#4d7c0f", "#a16207", "#9a3412", "#6b21a8", "#334155"
    };

    private final MessageSource messages;
    private final Engine engine = new Engine();

    public PipelineOptionBuilder(MessageSource messages) {
        this.messages = messages;
    }

    /** @param unordered the stages in any order; the funnel shows them by position, top to bottom */
    public String optionJson(List<StageFigures> unordered, Locale locale) {
        List<StageFigures> stages = unordered.stream().sorted(StageFigures.POSITION_ORDER).toList();
        var figures = new Figures(locale);
        Funnel funnel = new Funnel()
                .setTitle(title(stages, figures, locale))
                .setTooltip(new Tooltip().setTrigger("item").setConfine(true))
                .addSeries(series(stages, figures, locale));
        funnel.getOption().setColor(PALETTE);
        return engine.renderJsonOption(funnel);
    }

    private Title title(List<StageFigures> stages, Figures figures, Locale locale) {
        long count = stages.stream().mapToLong(StageFigures::openCount).sum();
        BigDecimal amount = sum(stages.stream().map(StageFigures::openAmount).toList());
        BigDecimal weighted = sum(stages.stream().map(StageFigures::weightedAmount).toList());
        return new Title()
                .setText(text("chart.pipeline.title", locale))
                .setSubtext(text("chart.pipeline.subtitle", locale,
                        figures.count(count), figures.compact(amount), figures.compact(weighted)))
                .setLeft("center")
                .setTop(4)
                .setTextStyle(new Label().setFontSize(16))
                .setSubtextStyle(new Label().setFontSize(12).setColor("#475569"));
    }

    private FunnelSeries series(List<StageFigures> stages, Figures figures, Locale locale) {
        long widest = stages.stream().mapToLong(StageFigures::openCount).max().orElse(0);
        return new FunnelSeries()
                .setId(SERIES_ID)
                .setName(text("chart.pipeline.series", locale))
                // Stages keep their configured order; the width shows the count. ECharts' default max
                // is 100, which would clip a busy stage.
                .setSort("none")
                .setMin(0)
                .setMax(Math.max(widest, 1))
                .setMinSize("28%")
                .setMaxSize("100%")
                .setLeft("4%")
                .setWidth("92%")
                .setTop(64)
                .setBottom(8)
                .setGap(2)
                .setLabel(new FunnelLabel().setShow(true).setPosition("inside")
                        .setColor("#ffffff").setFontSize(12).setLineHeight(16))
                .setData(stages.stream().map(stage -> item(stage, figures, locale)).toArray(StageFunnelItem[]::new));
    }

    private StageFunnelItem item(StageFigures stage, Figures figures, Locale locale) {
        // The stage name enters the text through ECharts' {b}, never as template text itself.
        String label = "{b}\n" + text("chart.pipeline.label", locale,
                figures.count(stage.openCount()), figures.compact(stage.openAmount()),
                figures.compact(stage.weightedAmount()));
        String tooltip = "{b}<br/>" + text("chart.pipeline.tooltip", locale,
                figures.count(stage.openCount()), figures.exact(stage.openAmount()),
                figures.exact(stage.weightedAmount()), figures.percent(stage.winRate()));
        var item = new StageFunnelItem().tooltip(new Tooltip().setFormatter(tooltip));
        item.setLabel(new FunnelLabel().setFormatter(label));
        item.setId(Long.toString(stage.stageId()));
        item.setName(stage.stageName());
        item.setValue(stage.openCount());
        return item;
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Number formats are not thread-safe: one set per option built. */
    private static final class Figures {
        private final NumberFormat count;
        private final CompactAmount compact;
        private final NumberFormat exact;
        private final NumberFormat percent;

        Figures(Locale locale) {
            count = NumberFormat.getIntegerInstance(locale);
            compact = new CompactAmount(locale);
            exact = NumberFormat.getNumberInstance(locale);
            exact.setMinimumFractionDigits(2);
            exact.setMaximumFractionDigits(2);
            percent = NumberFormat.getNumberInstance(locale);
            percent.setMaximumFractionDigits(2);
        }

        String count(long value) { return count.format(value); }
        String compact(BigDecimal value) { return compact.format(value); }
        String exact(BigDecimal value) { return exact.format(value); }
        String percent(BigDecimal value) { return percent.format(value) + "%"; }
    }
}
