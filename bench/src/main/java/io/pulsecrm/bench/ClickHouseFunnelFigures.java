package io.pulsecrm.bench;

import io.pulsecrm.warehouse.query.FunnelFilter;
import io.pulsecrm.warehouse.query.FunnelQueries;
import io.pulsecrm.warehouse.query.FunnelStep;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The funnel widget from ClickHouse as dashboards' {@code FunnelWidget.read} makes it: entries per step, time in step,
 * backward moves, the stages, then one conversion query per step something entered into the next step of the line
 * (lead → qualified → customer → opportunity → each stage by position → won). Lines as {@link PostgresFunnelFigures}
 * writes them.
 */
final class ClickHouseFunnelFigures {

    /** The managers' zone (dashboards' {@code DashboardFilterResolver.ZONE}). */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final FunnelQueries funnel;

    ClickHouseFunnelFigures(DataSource warehouse) {
        this.funnel = new FunnelQueries(warehouse);
    }

    void read(List<String> out, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        var filter = new FunnelFilter(viewer.scope(), period.range().from(), period.range().to(), ZONE, null, null)
                .narrowedTo(null, null);
        Map<FunnelStep, Long> entries = QueryClock.time(() -> funnel.entriesPerStep(filter)).stream()
                .collect(Collectors.toMap(FunnelQueries.StepEntries::step, FunnelQueries.StepEntries::entries));
        for (FunnelQueries.StepTime t : QueryClock.time(() -> funnel.timeInStep(filter))) {
            out.add(timeLine(t.step(), t.exits(), t.medianMs(), t.p90Ms()));
        }
        for (FunnelQueries.BackwardMoves b : QueryClock.time(() -> funnel.backwardMoves(filter))) {
            out.add(backwardLine(b.fromStageId(), b.toStageId(), b.moves()));
        }
        List<FunnelStep> line = line(QueryClock.time(funnel::stages).stream().map(FunnelQueries.Stage::id).toList());
        for (int i = 0; i < line.size(); i++) {
            FunnelStep step = line.get(i);
            long entered = entries.getOrDefault(step, 0L);
            Long reached = null;
            if (i + 1 < line.size()) {
                FunnelStep next = line.get(i + 1);
                reached = entered == 0 ? 0L : QueryClock.time(() -> funnel.conversion(step, next, filter)).reached();
            }
            out.add(stepLine(step, entered, reached));
        }
        out.add(stepLine(FunnelStep.of("LOST"), entries.getOrDefault(FunnelStep.of("LOST"), 0L), null));
    }

    /** The funnel's line: the lead's and customer's steps, the deal's, each stage by position, won. */
    static List<FunnelStep> line(List<Long> stagesByPosition) {
        List<FunnelStep> line = new ArrayList<>(List.of(FunnelStep.of("LEAD"), FunnelStep.of("QUALIFIED"),
                FunnelStep.of("CUSTOMER"), FunnelStep.of("OPPORTUNITY")));
        stagesByPosition.forEach(id -> line.add(FunnelStep.stage(id)));
        line.add(FunnelStep.of("WON"));
        return line;
    }

    static String stepLine(FunnelStep step, long entries, Long reached) {
        return "step " + step.step() + " " + step.stageId() + ": " + entries + " entered, " + reached + " reached the next";
    }

    static String timeLine(FunnelStep step, long exits, long medianMs, long p90Ms) {
        return "time in " + step.step() + " " + step.stageId() + ": " + exits + " exits, median " + medianMs + " ms, p90 "
                + p90Ms + " ms";
    }

    static String backwardLine(long from, long to, long moves) {
        return "backward " + from + " → " + to + ": " + moves;
    }
}
