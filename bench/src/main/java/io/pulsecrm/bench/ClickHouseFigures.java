package io.pulsecrm.bench;

import io.pulsecrm.warehouse.query.PipelineQueries;
import io.pulsecrm.warehouse.query.StagePipeline;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactComparison;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.KpiFigures;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import io.pulsecrm.warehouse.query.sales.SalesFactQueries;
import io.pulsecrm.warehouse.query.sales.SalesWidgetQueries;
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

    private static final List<SalesFact> CONTRACTS_AND_RECEIPTS = List.of(SalesFact.SIGNED_CONTRACTS, SalesFact.RECEIPTS);

    private final SalesFactQueries facts;
    private final SalesWidgetQueries widgets;
    private final PipelineQueries pipeline;
    private final ClickHouseAnalyticsFigures analytics;
    private final ClickHouseFunnelFigures funnel;

    ClickHouseFigures(DataSource warehouse) {
        this.analytics = new ClickHouseAnalyticsFigures(warehouse);
        this.funnel = new ClickHouseFunnelFigures(warehouse);
        this.facts = new SalesFactQueries(warehouse);
        this.widgets = new SalesWidgetQueries(warehouse);
        this.pipeline = new PipelineQueries(warehouse);
    }

    List<String> read(DashboardWidget widget, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        List<String> out = new ArrayList<>();
        FactFilter any = FactFilter.ANY;
        switch (widget) {
            case BRIEF -> { // one statement, as BriefWidget reads it
                Map<SalesFact, FactComparison> brief = QueryClock.time(() -> widgets.brief(DashboardWidget.BRIEF_FACTS,
                        viewer, any, period.range(), period.previous()));
                for (SalesFact fact : DashboardWidget.BRIEF_FACTS) {
                    var figure = brief.getOrDefault(fact, new FactComparison(FactTotals.NONE, FactTotals.NONE));
                    out.add(line(fact + " now", figure.now()));
                    out.add(line(fact + " before", figure.before()));
                }
            }
            case KPI -> {
                var days = new DayRange(period.kpiFirst().atDay(1), period.kpiLast().atEndOfMonth());
                KpiFigures kpi = QueryClock.time(() -> widgets.kpi(viewer, any, days));
                for (TargetSum t : kpi.targets()) {
                    out.add(target(t.userId(), t.departmentId(), t.contractAmount(), t.receiptAmount()));
                }
                lines(out, "contracts by department", kpi.contractsByDepartment());
                lines(out, "receipts by department", kpi.receiptsByDepartment());
                lines(out, "contracts by owner", kpi.contractsByOwner());
                lines(out, "receipts by owner", kpi.receiptsByOwner());
            }
            case TREND -> {
                var months = QueryClock.time(() -> widgets.byMonth(CONTRACTS_AND_RECEIPTS, viewer, any,
                        DashboardWidget.Period.trendYears()));
                lines(out, "contracts in", months.get(SalesFact.SIGNED_CONTRACTS));
                lines(out, "receipts in", months.get(SalesFact.RECEIPTS));
            }
            case LEADERBOARD -> {
                var owners = QueryClock.time(() -> widgets.byOwner(CONTRACTS_AND_RECEIPTS, viewer, any, period.range()));
                lines(out, "contracts by owner", owners.get(SalesFact.SIGNED_CONTRACTS));
                lines(out, "receipts by owner", owners.get(SalesFact.RECEIPTS));
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
