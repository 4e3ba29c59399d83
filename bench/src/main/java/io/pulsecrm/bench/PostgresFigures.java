package io.pulsecrm.bench;

import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.FactTotals;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same figures as {@link ClickHouseFigures}, computed the way an OLTP-only CRM computes them: plain SQL over
 * oltp-app's PostgreSQL tables, with its indexes, the scope as a predicate (owner or department in scope, or the
 * viewer on the record's team; nothing for a viewer who sees everything), timestamps compared as ranges of
 * Asia/Shanghai days so an index on the column could serve them.
 */
final class PostgresFigures {

    private final Connection pg;
    private final PostgresAnalyticsFigures analytics;
    private final PostgresFunnelFigures funnel;

    PostgresFigures(Connection pg) {
        this.pg = pg;
        this.analytics = new PostgresAnalyticsFigures(pg);
        this.funnel = new PostgresFunnelFigures(pg);
    }

    List<String> read(DashboardWidget widget, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        List<String> out = new ArrayList<>();
        switch (widget) {
            case BRIEF -> {
                for (SalesFact fact : DashboardWidget.BRIEF_FACTS) {
                    out.add(ClickHouseFigures.line(fact + " now", totals(fact, viewer, period.range())));
                    out.add(ClickHouseFigures.line(fact + " before", totals(fact, viewer, period.previous())));
                }
            }
            case KPI -> {
                targets(out, viewer, period);
                var days = new DayRange(period.kpiFirst().atDay(1), period.kpiLast().atEndOfMonth());
                ClickHouseFigures.lines(out, "contracts by department", grouped(SalesFact.SIGNED_CONTRACTS, viewer, days, PostgresFact.Key.DEPARTMENT));
                ClickHouseFigures.lines(out, "receipts by department", grouped(SalesFact.RECEIPTS, viewer, days, PostgresFact.Key.DEPARTMENT));
                ClickHouseFigures.lines(out, "contracts by owner", grouped(SalesFact.SIGNED_CONTRACTS, viewer, days, PostgresFact.Key.OWNER));
                ClickHouseFigures.lines(out, "receipts by owner", grouped(SalesFact.RECEIPTS, viewer, days, PostgresFact.Key.OWNER));
            }
            case TREND -> {
                var years = DashboardWidget.Period.trendYears();
                ClickHouseFigures.lines(out, "contracts in", grouped(SalesFact.SIGNED_CONTRACTS, viewer, years, PostgresFact.Key.MONTH));
                ClickHouseFigures.lines(out, "receipts in", grouped(SalesFact.RECEIPTS, viewer, years, PostgresFact.Key.MONTH));
            }
            case LEADERBOARD -> {
                ClickHouseFigures.lines(out, "contracts by owner", grouped(SalesFact.SIGNED_CONTRACTS, viewer, period.range(), PostgresFact.Key.OWNER));
                ClickHouseFigures.lines(out, "receipts by owner", grouped(SalesFact.RECEIPTS, viewer, period.range(), PostgresFact.Key.OWNER));
            }
            case POOL -> ClickHouseFigures.lines(out, "moves", grouped(SalesFact.POOL_EVENTS, viewer, period.range(), PostgresFact.Key.CATEGORY));
            case PIPELINE -> pipeline(out, viewer);
            case FUNNEL -> funnel.read(out, viewer, period);
            case FORECAST -> analytics.forecast(out, viewer, period);
            case RECEIVABLES -> analytics.receivables(out, viewer, period);
            case ACCURACY -> analytics.accuracy(out, viewer, period);
            case ROI -> analytics.roi(out, viewer, period);
        }
        return out;
    }

    private FactTotals totals(SalesFact fact, ViewerScope viewer, DayRange range) throws Exception {
        Map<String, FactTotals> one = query(PostgresFact.of(fact).select(null, viewer), viewer, range, fact);
        return one.getOrDefault("", FactTotals.NONE);
    }

    private Map<String, FactTotals> grouped(SalesFact fact, ViewerScope viewer, DayRange range, PostgresFact.Key key)
            throws Exception {
        return query(PostgresFact.of(fact).select(key, viewer), viewer, range, fact);
    }

    private Map<String, FactTotals> query(String sql, ViewerScope viewer, DayRange range, SalesFact fact)
            throws Exception {
        try (PreparedStatement q = pg.prepareStatement(sql)) {
            int next = PostgresFact.of(fact).bindRange(q, 1, range);
            PostgresFact.bindScope(q, next, viewer, PostgresFact.of(fact));
            Map<String, FactTotals> groups = new LinkedHashMap<>();
            try (ResultSet rs = QueryClock.time(q::executeQuery)) {
                while (rs.next()) {
                    BigDecimal amount = rs.getBigDecimal("amount");
                    groups.put(rs.getString("k"), new FactTotals(rs.getLong("n"), amount.setScale(2)));
                }
            }
            return groups;
        }
    }

    private void targets(List<String> out, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        String sql = """
                SELECT user_id, department_id, sum(contract_amount) AS c, sum(receipt_amount) AS r
                FROM sales_target
                WHERE year * 100 + month BETWEEN ? AND ?""" + (viewer.scope().all() ? "" : """

                  AND (user_id = ANY(?) OR department_id = ANY(?))""") + """

                GROUP BY user_id, department_id
                ORDER BY user_id, department_id""";
        try (PreparedStatement q = pg.prepareStatement(sql)) {
            q.setInt(1, period.kpiFirst().getYear() * 100 + period.kpiFirst().getMonthValue());
            q.setInt(2, period.kpiLast().getYear() * 100 + period.kpiLast().getMonthValue());
            if (!viewer.scope().all()) {
                q.setArray(3, pg.createArrayOf("bigint", viewer.scope().owners().toArray()));
                q.setArray(4, pg.createArrayOf("bigint", viewer.scope().departments().toArray()));
            }
            try (ResultSet rs = QueryClock.time(q::executeQuery)) {
                while (rs.next()) {
                    out.add(ClickHouseFigures.target((Long) rs.getObject(1), (Long) rs.getObject(2),
                            rs.getBigDecimal(3), rs.getBigDecimal(4)));
                }
            }
        }
    }

    private void pipeline(List<String> out, ViewerScope viewer) throws Exception {
        String sql = """
                SELECT s.id, count(t.id) AS n, coalesce(sum(t.amount), 0) AS amount
                FROM opportunity_stage s
                LEFT JOIN opportunity t ON t.stage_id = s.id AND t.status = 'OPEN'""" + (viewer.scope().all() ? "" : """

                       AND""" + PostgresFact.visible("t.owner_id", "t.owner_dept_id", "OPPORTUNITY", "t.id", false)) + """

                GROUP BY s.id, s.position
                ORDER BY s.position, s.id""";
        try (PreparedStatement q = pg.prepareStatement(sql)) {
            PostgresFact.bindScope(q, 1, viewer, null);
            try (ResultSet rs = QueryClock.time(q::executeQuery)) {
                while (rs.next()) {
                    out.add("stage " + rs.getLong(1) + ": " + rs.getLong(2) + " / "
                            + ClickHouseFigures.money(rs.getBigDecimal(3).setScale(2)));
                }
            }
        }
    }
}
