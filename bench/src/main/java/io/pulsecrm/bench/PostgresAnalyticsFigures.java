package io.pulsecrm.bench;

import io.pulsecrm.warehouse.query.AgeingBucket;
import io.pulsecrm.warehouse.query.CampaignRoi;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.sales.DayRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The forecast, receivables, forecast-vs-actual and campaign ROI figures as an OLTP-only CRM computes them, from
 * oltp-app's tables when the widget is looked at (dashboards/README.md defines them; stream-processors' README says the
 * same of the stream): scope as owner or department in scope, as these widgets have no record teams.
 */
final class PostgresAnalyticsFigures {

    private static final ZoneId ZONE = ZoneId.of(BenchAnalytics.ZONE);

    // Open deals by expected close month under their stage's category and win rate; won deals by the month they closed.
    private static final String FORECAST = """
            SELECT close_month, category, count(*) AS deals, sum(amount) AS amount, round(sum(amount * weight / 100), 2) AS weighted
            FROM (SELECT CASE WHEN o.status = 'WON' THEN to_char(o.closed_at AT TIME ZONE '%1$s', 'YYYYMM')::int
                              ELSE to_char(o.expected_close_date, 'YYYYMM')::int END AS close_month,
                         CASE WHEN o.status = 'WON' THEN 'CLOSED' ELSE s.forecast_category END AS category,
                         o.amount, CASE WHEN o.status = 'WON' THEN 100 ELSE s.win_rate END AS weight
                  FROM opportunity o JOIN opportunity_stage s ON s.id = o.stage_id
                  WHERE ((o.status = 'OPEN' AND o.expected_close_date >= ? AND o.expected_close_date < ?)
                         OR (o.status = 'WON' AND o.closed_at >= ? AND o.closed_at < ?))
                    AND {scope}) AS deal
            GROUP BY close_month, category
            ORDER BY close_month, category""".formatted(BenchAnalytics.ZONE);

    // What a plan still lacks: oltp-app keeps received_amount (the sum of the plan's receipts) on the plan, and indexes
    // the due dates of the plans not fully received.
    private static final String RECEIVABLES = """
            SELECT count(*) AS n, coalesce(sum(p.amount - p.received_amount), 0) AS amount
            FROM payment_plan p
            WHERE p.received_amount < p.amount AND p.due_date BETWEEN ? AND ? AND {scope}""";

    private static final String WON = """
            SELECT to_char(o.closed_at AT TIME ZONE '%s', 'YYYYMM')::int AS month, count(*) AS deals, sum(o.amount) AS amount
            FROM opportunity o
            WHERE o.status = 'WON' AND o.closed_at >= ? AND o.closed_at < ? AND {scope}
            GROUP BY 1""".formatted(BenchAnalytics.ZONE);

    private final Connection pg;

    PostgresAnalyticsFigures(Connection pg) {
        this.pg = pg;
    }

    void forecast(List<String> out, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        YearMonth first = period.forecastFirst();
        LocalDate from = first.atDay(1);
        LocalDate until = first.plusMonths(ClickHouseAnalyticsFigures.FORECAST_MONTHS).atDay(1);
        try (PreparedStatement q = pg.prepareStatement(PostgresFact.owned(FORECAST, "o", viewer))) {
            q.setObject(1, from);
            q.setObject(2, until);
            q.setObject(3, from.atStartOfDay(ZONE).toOffsetDateTime());
            q.setObject(4, until.atStartOfDay(ZONE).toOffsetDateTime());
            PostgresFact.bindOwned(q, 5, viewer);
            try (ResultSet rs = QueryClock.time(q::executeQuery)) {
                while (rs.next()) {
                    out.add(ClickHouseAnalyticsFigures.forecastLine(rs.getInt(1), rs.getString(2), rs.getLong(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5)));
                }
            }
        }
    }

    void receivables(List<String> out, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        for (AgeingBucket.Bucket bucket : AgeingBucket.Bucket.values()) {
            DayRange due = bucket.dueDates(period.asOf());
            try (PreparedStatement q = pg.prepareStatement(PostgresFact.owned(RECEIVABLES, "p", viewer))) {
                q.setObject(1, due.from());
                q.setObject(2, due.to());
                PostgresFact.bindOwned(q, 3, viewer);
                try (ResultSet rs = QueryClock.time(q::executeQuery)) {
                    rs.next();
                    out.add("receivables " + bucket + ": " + rs.getLong(1) + " / "
                            + ClickHouseFigures.money(rs.getBigDecimal(2).setScale(2)));
                }
            }
        }
    }

    /** Won deals per month of the period's year; an OLTP CRM keeps no forecast snapshots, so there is no forecast side. */
    void accuracy(List<String> out, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        int year = period.range().to().getYear();
        java.util.Map<Integer, String> won = new java.util.TreeMap<>();
        try (PreparedStatement q = pg.prepareStatement(PostgresFact.owned(WON, "o", viewer))) {
            q.setObject(1, LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toOffsetDateTime());
            q.setObject(2, LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toOffsetDateTime());
            PostgresFact.bindOwned(q, 3, viewer);
            try (ResultSet rs = QueryClock.time(q::executeQuery)) {
                while (rs.next()) {
                    won.put(rs.getInt(1), ClickHouseAnalyticsFigures.wonLine(rs.getInt(1), rs.getLong(2),
                            rs.getBigDecimal(3).setScale(2)));
                }
            }
        }
        for (int m = 1; m <= 12; m++) {
            int month = year * 100 + m;
            out.add(won.getOrDefault(month, ClickHouseAnalyticsFigures.wonLine(month, 0, java.math.BigDecimal.ZERO)));
        }
    }

    void roi(List<String> out, ViewerScope viewer, DashboardWidget.Period period) throws Exception {
        try (PreparedStatement q = pg.prepareStatement(PostgresFact.owned(PostgresCampaignRoi.SQL, "c", viewer))) {
            q.setObject(1, period.range().to());
            q.setObject(2, period.range().from());
            PostgresFact.bindOwned(q, 3, viewer);
            try (ResultSet rs = QueryClock.time(q::executeQuery)) {
                while (rs.next()) {
                    out.add(ClickHouseAnalyticsFigures.roiLine(PostgresCampaignRoi.row(rs)));
                }
            }
        }
    }
}
