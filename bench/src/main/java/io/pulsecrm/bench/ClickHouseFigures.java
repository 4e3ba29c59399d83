package io.pulsecrm.bench;

import io.pulsecrm.warehouse.query.PipelineQueries;
import io.pulsecrm.warehouse.query.StagePipeline;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import io.pulsecrm.warehouse.query.sales.SalesFactQueries;
import io.pulsecrm.warehouse.query.sales.SalesTargetQueries;
import io.pulsecrm.warehouse.query.sales.TargetSum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A widget's figures from ClickHouse, through the very query helpers of the warehouse library the dashboards widgets
 * call, with the same arguments (no filter: the viewer's whole scope). Figures come out as lines of text in a form
 * {@link PostgresFigures} writes too, so the two sides can be compared line by line.
 */
final class ClickHouseFigures {

    private final SalesFactQueries facts;
    private final SalesTargetQueries targets;
    private final PipelineQueries pipeline;
    private final ClickHouseAnalyticsFigures analytics;
    private final ClickHouseFunnelFigures funnel;

    ClickHouseFigures(DataSource warehouse) {
        this.analytics = new ClickHouseAnalyticsFigures(warehouse);
        this.funnel = new ClickHouseFunnelFigures(warehouse);
        this.facts = new SalesFactQueries(warehouse);
        this.targets = new SalesTargetQueries(warehouse);
        this.pipeline = new PipelineQueries(warehouse);
    }

    List<String> read(DashboardWidget widget, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        List<String> out = new ArrayList<>();
        FactFilter any = FactFilter.ANY;
        switch (widget) {
            case BRIEF -> {
                for (SalesFact fact : DashboardWidget.BRIEF_FACTS) {
                    out.add(line(fact + " now", QueryClock.time(() -> facts.totals(fact, viewer, any, period.range()))));
                    out.add(line(fact + " before", QueryClock.time(() -> facts.totals(fact, viewer, any, period.previous()))));
                }
            }
            case KPI -> {
                for (TargetSum t : QueryClock.time(() -> targets.targets(viewer, period.kpiFirst(), period.kpiLast()))) {
                    out.add(target(t.userId(), t.departmentId(), t.contractAmount(), t.receiptAmount()));
                }
                var days = new DayRange(period.kpiFirst().atDay(1),
                        period.kpiLast().atEndOfMonth());
                lines(out, "contracts by department", QueryClock.time(() -> facts.byDepartment(SalesFact.SIGNED_CONTRACTS, viewer, any, days)));
                lines(out, "receipts by department", QueryClock.time(() -> facts.byDepartment(SalesFact.RECEIPTS, viewer, any, days)));
                lines(out, "contracts by owner", QueryClock.time(() -> facts.byOwner(SalesFact.SIGNED_CONTRACTS, viewer, any, days)));
                lines(out, "receipts by owner", QueryClock.time(() -> facts.byOwner(SalesFact.RECEIPTS, viewer, any, days)));
            }
            case TREND -> {
                var years = DashboardWidget.Period.trendYears();
                lines(out, "contracts in", QueryClock.time(() -> facts.byMonth(SalesFact.SIGNED_CONTRACTS, viewer, any, years)));
                lines(out, "receipts in", QueryClock.time(() -> facts.byMonth(SalesFact.RECEIPTS, viewer, any, years)));
            }
            case LEADERBOARD -> {
                lines(out, "contracts by owner", QueryClock.time(() -> facts.byOwner(SalesFact.SIGNED_CONTRACTS, viewer, any, period.range())));
                lines(out, "receipts by owner", QueryClock.time(() -> facts.byOwner(SalesFact.RECEIPTS, viewer, any, period.range())));
            }
            case POOL -> lines(out, "moves", QueryClock.time(() -> facts.byCategory(SalesFact.POOL_EVENTS, viewer, any, period.range())));
            case PIPELINE -> {
                for (StagePipeline s : QueryClock.time(() -> pipeline.openPipelineByStage(viewer))) {
                    out.add("stage " + s.stageId() + ": " + s.openCount() + " / " + money(s.openAmount()));
                }
            }
            case FUNNEL -> funnel.read(out, viewer, period);
            case FORECAST -> analytics.forecast(out, viewer, period);
            case RECEIVABLES -> analytics.receivables(out, viewer, period);
            case ACCURACY -> analytics.accuracy(out, viewer, period);
            case ROI -> analytics.roi(out, viewer, period);
        }
        return out;
    }

    static String line(String what, FactTotals totals) {
        return what + ": " + totals.count() + " / " + money(totals.amount());
    }

    static void lines(List<String> out, String what, Map<?, FactTotals> groups) {
        groups.forEach((k, v) -> out.add(line(what + " " + k, v)));
    }

    static String target(Long user, Long department, BigDecimal contracts, BigDecimal receipts) {
        return "target user " + user + " department " + department + ": " + money(contracts) + " / " + money(receipts);
    }

    static String money(BigDecimal amount) {
        return amount == null ? "0.00" : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
