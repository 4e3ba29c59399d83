package io.pulsecrm.warehouse.query.sales;

import io.pulsecrm.warehouse.query.ViewerScope;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The dashboard's figures of the {@link SalesFact}s: totals, totals per month, owner, department or category, and the
 * rows behind any of them a page at a time — all over {@link FactRows}, the viewer's visible rows of the fact narrowed
 * by the filters. Nothing is cached: every read sees what the sink wrote last.
 */
public final class SalesFactQueries {

    /** The managers' calendar: days of timestamps are taken here unless told otherwise. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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

    private final DataSource dataSource;
    private final ZoneId zone;
    private final SalesWidgetQueries statements;

    /** @param dataSource connections on the warehouse database; pool them when querying per request */
    public SalesFactQueries(DataSource dataSource) {
        this(dataSource, SHANGHAI);
    }

    public SalesFactQueries(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
        this.statements = new SalesWidgetQueries(dataSource, zone);
    }

    /** The count and amount of the fact's visible rows in the range. */
    public FactTotals totals(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return statements.brief(List.of(fact), scope, filter, range, null).get(fact).now();
    }

    /** Per month of the range (months without rows absent). */
    public Map<YearMonth, FactTotals> byMonth(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return SalesWidgetQueries.months(grouped(fact, scope, filter, range, FigureUnion.Key.MONTH));
    }

    /** Per owner (rows without an owner absent). */
    public Map<Long, FactTotals> byOwner(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return SalesWidgetQueries.ids(grouped(fact, scope, filter, range, FigureUnion.Key.OWNER));
    }

    /** Per department the rows are attributed to (rows without one absent). */
    public Map<Long, FactTotals> byDepartment(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return SalesWidgetQueries.ids(grouped(fact, scope, filter, range, FigureUnion.Key.DEPARTMENT));
    }

    /** Per category (see {@link SalesFact#categories()}). */
    public Map<String, FactTotals> byCategory(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range) {
        return new TreeMap<>(grouped(fact, scope, filter, range, FigureUnion.Key.CATEGORY));
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
        List<FactRecord> items = Reads.read(dataSource, sql, fact + " records", rs -> {
            List<FactRecord> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new FactRecord(rs.getLong("id"), rs.getString("title"), emptyToNull(rs.getString("category")),
                        LocalDate.parse(rs.getString("day")), Reads.money(rs.getBigDecimal("amount")),
                        Reads.nullableLong(rs, "owner_id"), rs.getString("owner_name"), rs.getString("link_kind"),
                        Reads.nullableLong(rs, "link_id")));
            }
            return rows;
        });
        return new FactRecords(totals, items);
    }

    private Map<String, FactTotals> grouped(SalesFact fact, ViewerScope scope, FactFilter filter, DayRange range,
            FigureUnion.Key key) {
        return statements.perFact(List.of(fact), key, scope, filter, range).get(fact);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
