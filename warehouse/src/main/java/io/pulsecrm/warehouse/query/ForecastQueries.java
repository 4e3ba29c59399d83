package io.pulsecrm.warehouse.query;

import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.query.sales.FactFilter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The forecast for the dashboards, from {@code forecast_pipeline} and {@code forecast_snapshot} (FINAL): the weighted
 * pipeline by close month and category for an owner/department set, and a snapshot's forecast against what closed.
 * The weighted amounts are stored exact and rounded here once, after the sum.
 */
public final class ForecastQueries {

    static final String PIPELINE_BY_MONTH_AND_CATEGORY = """
            SELECT close_month, category, sum(deals) AS deals, sum(amount) AS amount, sum(weighted_amount) AS weighted
            FROM forecast_pipeline FINAL
            WHERE close_month BETWEEN ? AND ? AND %s AND %s
            GROUP BY close_month, category
            HAVING deals <> 0 OR amount <> 0
            ORDER BY close_month, category
            """.formatted(OwnersInScope.CONDITION, OwnersInScope.NARROWED);

    static final String SNAPSHOT_OF_MONTH = """
            SELECT close_month, category, sum(deals) AS deals, sum(amount) AS amount, sum(weighted_amount) AS weighted
            FROM forecast_snapshot FINAL
            WHERE snapshot_date = toDate(?) AND close_month = ? AND %s
            GROUP BY close_month, category
            HAVING deals <> 0 OR amount <> 0
            ORDER BY category
            """.formatted(OwnersInScope.CONDITION);

    // The snapshot of each month's first day, for that month: what was forecast as the month began.
    static final String SNAPSHOTS_OF_MONTHS = """
            SELECT close_month, category, sum(deals) AS deals, sum(amount) AS amount, sum(weighted_amount) AS weighted
            FROM forecast_snapshot FINAL
            WHERE snapshot_date BETWEEN toDate(?) AND toDate(?) AND toDayOfMonth(snapshot_date) = 1
              AND close_month = toYYYYMM(snapshot_date) AND %s AND %s
            GROUP BY close_month, category
            HAVING deals <> 0 OR amount <> 0
            ORDER BY close_month, category
            """.formatted(OwnersInScope.CONDITION, OwnersInScope.NARROWED);

    static final String WON_BY_MONTH = """
            SELECT close_month, sum(deals) AS deals, sum(amount) AS amount
            FROM forecast_pipeline FINAL
            WHERE status = 'WON' AND close_month BETWEEN ? AND ? AND %s AND %s
            GROUP BY close_month
            """.formatted(OwnersInScope.CONDITION, OwnersInScope.NARROWED);

    static final String WON_IN_MONTH = """
            SELECT sum(deals) AS deals, sum(amount) AS amount
            FROM forecast_pipeline FINAL
            WHERE status = 'WON' AND close_month = ? AND %s
            """.formatted(OwnersInScope.CONDITION);

    private final DataSource dataSource;

    public ForecastQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Months {@code fromMonth} to {@code toMonth} ({@code yyyyMM}, inclusive), each category's figures in the scope. */
    public List<ForecastFigures> pipelineByMonthAndCategory(VisibleScope scope, int fromMonth, int toMonth) {
        return pipeline(scope, FactFilter.ANY, fromMonth, toMonth);
    }

    /** Months {@code first} to {@code last}, each category's figures in the scope narrowed to a dashboard's filters. */
    public List<ForecastFigures> pipelineByMonthAndCategory(VisibleScope scope, FactFilter narrowing, YearMonth first,
            YearMonth last) {
        return pipeline(scope, narrowing, ForecastFigures.yyyymm(first), ForecastFigures.yyyymm(last));
    }

    private List<ForecastFigures> pipeline(VisibleScope scope, FactFilter narrowing, int fromMonth, int toMonth) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(PIPELINE_BY_MONTH_AND_CATEGORY)) {
            query.setInt(1, fromMonth);
            query.setInt(2, toMonth);
            OwnersInScope.bindNarrowed(query, OwnersInScope.bind(query, 3, scope), narrowing);
            return figures(query);
        } catch (SQLException e) {
            throw new WarehouseQueryException("forecast pipeline by month and category", e);
        }
    }

    /** The forecast the snapshot of {@code snapshotDate} had for {@code closeMonth}, and what closed WON in it since. */
    public ForecastAccuracy forecastVsActual(VisibleScope scope, LocalDate snapshotDate, int closeMonth) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement snapshot = connection.prepareStatement(SNAPSHOT_OF_MONTH);
             PreparedStatement won = connection.prepareStatement(WON_IN_MONTH)) {
            snapshot.setString(1, snapshotDate.toString());
            snapshot.setInt(2, closeMonth);
            OwnersInScope.bind(snapshot, 3, scope);
            List<ForecastFigures> forecast = figures(snapshot);
            won.setInt(1, closeMonth);
            OwnersInScope.bind(won, 2, scope);
            try (ResultSet rs = won.executeQuery()) {
                rs.next();
                return new ForecastAccuracy(snapshotDate, closeMonth, forecast, rs.getLong("deals"),
                        cents(rs.getBigDecimal("amount")));
            }
        } catch (SQLException e) {
            throw new WarehouseQueryException("forecast vs actual", e);
        }
    }

    /**
     * Per month {@code first} to {@code last}: the forecast of the snapshot taken on the month's first day for that
     * month (no rows when none was taken) next to what closed WON in it, narrowed to a dashboard's department / owner.
     */
    public List<ForecastAccuracy> forecastVsActualByMonth(VisibleScope scope, FactFilter narrowing, YearMonth first,
            YearMonth last) {
        int fromMonth = ForecastFigures.yyyymm(first);
        int toMonth = ForecastFigures.yyyymm(last);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement snapshots = connection.prepareStatement(SNAPSHOTS_OF_MONTHS);
             PreparedStatement won = connection.prepareStatement(WON_BY_MONTH)) {
            snapshots.setString(1, first.atDay(1).toString());
            snapshots.setString(2, last.atDay(1).toString());
            OwnersInScope.bindNarrowed(snapshots, OwnersInScope.bind(snapshots, 3, scope), narrowing);
            Map<Integer, List<ForecastFigures>> forecast = new HashMap<>();
            figures(snapshots).forEach(f -> forecast.computeIfAbsent(f.closeMonth(), m -> new ArrayList<>()).add(f));
            won.setInt(1, fromMonth);
            won.setInt(2, toMonth);
            OwnersInScope.bindNarrowed(won, OwnersInScope.bind(won, 3, scope), narrowing);
            Map<Integer, ForecastFigures> actual = new HashMap<>();
            try (ResultSet rs = won.executeQuery()) {
                while (rs.next()) {
                    BigDecimal amount = cents(rs.getBigDecimal("amount"));
                    actual.put(rs.getInt("close_month"),
                            new ForecastFigures(rs.getInt("close_month"), "CLOSED", rs.getLong("deals"), amount, amount));
                }
            }
            List<ForecastAccuracy> months = new ArrayList<>();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                int key = ForecastFigures.yyyymm(month);
                ForecastFigures closed = actual.get(key);
                months.add(new ForecastAccuracy(month.atDay(1), key, forecast.getOrDefault(key, List.of()),
                        closed == null ? 0 : closed.deals(), closed == null ? cents(null) : closed.amount()));
            }
            return months;
        } catch (SQLException e) {
            throw new WarehouseQueryException("forecast vs actual by month", e);
        }
    }

    private static List<ForecastFigures> figures(PreparedStatement query) throws SQLException {
        List<ForecastFigures> rows = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rows.add(new ForecastFigures(rs.getInt("close_month"), rs.getString("category"), rs.getLong("deals"),
                        cents(rs.getBigDecimal("amount")), cents(rs.getBigDecimal("weighted"))));
            }
        }
        return rows;
    }

    static BigDecimal cents(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP);
    }
}
