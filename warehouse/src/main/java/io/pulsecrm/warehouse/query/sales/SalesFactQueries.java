package io.pulsecrm.warehouse.query.sales;

import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.query.WarehouseQueryException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The dashboard's figures of the {@link SalesFact}s: totals, totals per month, owner, department or category, and the
 * rows behind any of them a page at a time — all over {@link FactRows}, the viewer's visible rows of the fact narrowed
 * by the filters. Nothing is cached: every read sees what the sink wrote last.
 */
public final class SalesFactQueries {

    /** The managers' calendar: days of timestamps are taken here unless told otherwise. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final String TOTALS = "SELECT count() AS n, sum(f_amount) AS amount FROM (";

    private static final String GROUPED = "SELECT %s AS k, count() AS n, sum(f_amount) AS amount FROM (";

    // The page is cut before the names are joined, so the joins touch one page of rows. Dates as text.
    private static final String PAGE_HEAD = """
            SELECT p.f_id AS id, toString(p.f_day) AS day, p.f_amount AS amount, p.f_owner AS owner_id,
                   nullIf(u.display_name, '') AS owner_name, p.f_category AS category,
                   if(p.f_title = '', c.name, p.f_title) AS title, p.f_link_kind AS link_kind, p.f_link_id AS link_id
            FROM
            (
                SELECT * FROM (""";

    private static final String PAGE_TAIL = """
            )
                ORDER BY f_day DESC, f_id DESC
                LIMIT ? OFFSET ?
            ) AS p
            LEFT JOIN (SELECT id, display_name FROM org_user FINAL WHERE is_deleted = 0) AS u ON u.id = p.f_owner
            LEFT JOIN (SELECT id, name FROM customer FINAL WHERE is_deleted = 0) AS c ON c.id = p.f_title_customer
            ORDER BY p.f_day DESC, p.f_id DESC
            """;

    private enum Grouping {
        MONTH("toYYYYMM(f_day)"), OWNER("f_owner"), DEPARTMENT("f_dept"), CATEGORY("f_category");

        final String key;

        Grouping(String key) {
            this.key = key;
        }
    }

    private final DataSource dataSource;
    private final ZoneId zone;

    /** @param dataSource connections on the warehouse database; pool them when querying per request */
    public SalesFactQueries(DataSource dataSource) {
        this(dataSource, SHANGHAI);
    }

    public SalesFactQueries(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    /** The count and amount of the fact's visible rows in the range. */
    public FactTotals totals(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        var sql = new BoundSql().add(TOTALS).add(FactRows.select(fact, zone, scope, filter, range)).add(")");
        return read(sql, fact + " totals", rs -> {
            rs.next();
            return totals(rs);
        });
    }

    /** Per month of the range (months without rows absent). */
    public Map<YearMonth, FactTotals> byMonth(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        Map<YearMonth, FactTotals> months = new LinkedHashMap<>();
        grouped(fact, scope, filter, range, Grouping.MONTH).forEach((k, v) -> {
            int yyyymm = Integer.parseInt(k);
            months.put(YearMonth.of(yyyymm / 100, yyyymm % 100), v);
        });
        return months;
    }

    /** Per owner (rows without an owner absent). */
    public Map<Long, FactTotals> byOwner(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return byId(grouped(fact, scope, filter, range, Grouping.OWNER));
    }

    /** Per department the rows are attributed to (rows without one absent). */
    public Map<Long, FactTotals> byDepartment(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return byId(grouped(fact, scope, filter, range, Grouping.DEPARTMENT));
    }

    /** Per category (see {@link SalesFact#categories()}). */
    public Map<String, FactTotals> byCategory(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return grouped(fact, scope, filter, range, Grouping.CATEGORY);
    }

    /** Page {@code page} (from 0) of {@code size} of the rows behind {@link #totals}, with those totals. */
    public FactRecords records(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range, int page, int size) {
        FactTotals totals = totals(fact, scope, filter, range);
        long offset = (long) page * size;
        if (offset >= totals.count()) {
            return new FactRecords(totals, List.of());
        }
        var sql = new BoundSql().add(PAGE_HEAD).add(FactRows.select(fact, zone, scope, filter, range))
                .add(PAGE_TAIL, size, offset);
        List<FactRecord> items = read(sql, fact + " records", rs -> {
            List<FactRecord> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new FactRecord(rs.getLong("id"), rs.getString("title"), emptyToNull(rs.getString("category")),
                        LocalDate.parse(rs.getString("day")), money(rs.getBigDecimal("amount")),
                        nullableLong(rs, "owner_id"), rs.getString("owner_name"), rs.getString("link_kind"),
                        nullableLong(rs, "link_id")));
            }
            return rows;
        });
        return new FactRecords(totals, items);
    }

    private Map<String, FactTotals> grouped(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range,
            Grouping grouping) {
        var sql = new BoundSql().add(GROUPED.formatted(grouping.key)).add(FactRows.select(fact, zone, scope, filter, range))
                .add(")\nWHERE k IS NOT NULL GROUP BY k ORDER BY k");
        return read(sql, fact + " by " + grouping, rs -> {
            Map<String, FactTotals> groups = new LinkedHashMap<>();
            while (rs.next()) {
                groups.put(rs.getString("k"), totals(rs));
            }
            return groups;
        });
    }

    private static Map<Long, FactTotals> byId(Map<String, FactTotals> grouped) {
        Map<Long, FactTotals> byId = new LinkedHashMap<>();
        grouped.forEach((k, v) -> byId.put(Long.valueOf(k), v));
        return byId;
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T read(BoundSql sql, String what, Reader<T> reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql.sql())) {
            sql.bind(q);
            try (ResultSet rs = q.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new WarehouseQueryException(what, e);
        }
    }

    private static FactTotals totals(ResultSet rs) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        return new FactTotals(rs.getLong("n"), amount == null ? FactTotals.NONE.amount() : money(amount));
    }

    /** Amounts are Decimal(18, 2); a sum comes back as Decimal(38, 2). */
    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
