package io.pulsecrm.dashboards.sales;

import io.pulsecrm.dashboards.board.Widget;
import io.pulsecrm.dashboards.board.WidgetQuery;
import io.pulsecrm.warehouse.query.FunnelFilter;
import io.pulsecrm.warehouse.query.FunnelQueries.BackwardMoves;
import io.pulsecrm.warehouse.query.FunnelQueries.Stage;
import io.pulsecrm.warehouse.query.FunnelQueries.StepEntries;
import io.pulsecrm.warehouse.query.FunnelQueries.StepTime;
import io.pulsecrm.warehouse.query.FunnelStep;
import io.pulsecrm.warehouse.query.sales.DayRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The sales funnel from real transitions ({@code funnel_transition}), not the open-pipeline snapshot: lead → qualified →
 * customer → opportunity → each configured stage by position → won, with lost shown aside. Per step: its entries in the
 * period, the conversion of those entries into the next step (then or later), median and 90th percentile of the time
 * spent in it by those that left it in the period, and the backward moves out of it. The scope, the days and the
 * department / employee choose the transitions; each step drills into its entries.
 */
@Component
@Order(70)
class FunnelWidget implements Widget<FunnelWidget.Funnel> {

    /**
     * @param stageName  the stage's name for {@code STAGE}, else null (the page names the step)
     * @param reached    of {@code entries}, how many reached the next step; null for the last step and lost
     * @param conversion {@code reached} / {@code entries} × 100, one decimal, half up; null when nothing entered
     * @param medianMs   time in the step of those that left it in the period; null when none left
     * @param aside      lost: beside the line, not a step of it
     */
    record Step(String step, Long stageId, String stageName, long entries, Long reached, BigDecimal conversion,
                Long exits, Long medianMs, Long p90Ms, long backwardMoves, boolean aside, FunnelRoiDrill drill) {
    }

    record Funnel(List<Step> steps, List<BackwardMoves> backward) {
    }

    private final FunnelRoiWarehouse warehouse;
    private final Charts charts;

    FunnelWidget(FunnelRoiWarehouse warehouse, Charts charts) {
        this.warehouse = warehouse;
        this.charts = charts;
    }

    @Override
    public String id() {
        return "funnel";
    }

    @Override
    public List<String> sourceTables() {
        return List.of("funnel_transition", "opportunity_stage");
    }

    /** Transitions are visible by their owner and department at the time only: no record teams. */
    @Override
    public List<String> visibilityTables() {
        return List.of();
    }

    @Override
    public Funnel read(WidgetQuery query) {
        FunnelFilter filter = FunnelRoiFact.funnel(query.scope(), query.filters());
        Map<FunnelStep, Long> entries = warehouse.entriesPerStep(filter).stream()
                .collect(Collectors.toMap(StepEntries::step, StepEntries::entries));
        Map<FunnelStep, StepTime> times = warehouse.timeInStep(filter).stream()
                .collect(Collectors.toMap(StepTime::step, Function.identity()));
        List<BackwardMoves> backward = warehouse.backwardMoves(filter);
        List<FunnelStep> line = new ArrayList<>(List.of(FunnelStep.of("LEAD"), FunnelStep.of("QUALIFIED"),
                FunnelStep.of("CUSTOMER"), FunnelStep.of("OPPORTUNITY")));
        List<Stage> stages = warehouse.stages();
        stages.forEach(stage -> line.add(FunnelStep.stage(stage.id())));
        line.add(FunnelStep.of("WON"));
        Map<Long, String> names = stages.stream().collect(Collectors.toMap(Stage::id, Stage::name));
        DayRange days = query.filters().range();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            FunnelStep step = line.get(i);
            long entered = entries.getOrDefault(step, 0L);
            Long reached = null;
            if (i + 1 < line.size()) {
                // Only a step something entered needs the conversion query.
                reached = entered == 0 ? 0L : warehouse.conversion(step, line.get(i + 1), filter).reached();
            }
            steps.add(step(step, names, entered, reached, times.get(step), backward, days));
        }
        FunnelStep lost = FunnelStep.of("LOST");
        steps.add(step(lost, names, entries.getOrDefault(lost, 0L), null, null, backward, days));
        return new Funnel(steps, backward);
    }

    private static Step step(FunnelStep step, Map<Long, String> names, long entered, Long reached, StepTime time,
            List<BackwardMoves> backward, DayRange days) {
        long movedBack = backward.stream().filter(b -> step.stageId() != 0 && b.fromStageId() == step.stageId())
                .mapToLong(BackwardMoves::moves).sum();
        return new Step(step.step(), step.stageId() == 0 ? null : step.stageId(), names.get(step.stageId()), entered,
                reached, reached == null ? null : percent(reached, entered), time == null ? null : time.exits(),
                time == null ? null : time.medianMs(), time == null ? null : time.p90Ms(), movedBack,
                step.step().equals("LOST"), FunnelRoiDrill.entries(step, days));
    }

    /** {@code part} of {@code whole} in percent, one decimal, half up; null of nothing. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Entries per step as bars, top to bottom in funnel order; each category names the step and its conversion. */
    @Override
    public String optionJson(Funnel funnel, Locale locale) {
        String[] names = funnel.steps().stream().map(s -> label(s, locale)).toArray(String[]::new);
        Number[] entries = funnel.steps().stream().map(Step::entries).toArray(Number[]::new);
        return charts.render(charts.text("chart.funnel.title", locale), names, true,
                Charts.bar("entries", charts.text("chart.funnel.entries", locale), entries));
    }

    private String label(Step step, Locale locale) {
        String name = step.stageName() != null ? step.stageName()
                : step.stageId() != null ? "#" + step.stageId() : charts.text("funnel.step." + step.step(), locale);
        if (step.aside()) {
            return charts.text("chart.funnel.aside", locale, name);
        }
        return step.conversion() == null ? name
                : charts.text("chart.funnel.conversion", locale, name, step.conversion().toPlainString());
    }
}
