package io.pulsecrm.warehouse.query.sales;

import io.pulsecrm.warehouse.query.ViewerScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Several figures read by ONE statement: a {@code UNION ALL} of parts, each either one fact's visible rows
 * ({@link FactRows}, the same subquery its drill-down lists) read once over the days all its windows span and counted
 * and summed per window ({@code countIf} / {@code sumIf} on {@code f_day}) and per key, or the viewer's summed
 * targets. Why one statement: each statement through the endpoint costs a round trip before any work, and each reads
 * its fact table with FINAL; a widget asking per fact and per period paid both up to twelve times (issue 6's speed).
 *
 * <p>Every part answers rows of the same columns: {@code part} (the caller's label), {@code k1} (the key's value as
 * text), {@code k2} (which {@link Key} it is; both NULL for a part without keys), {@code n1}, {@code a1} (count and
 * amount in the first window), {@code n2}, {@code a2} (in the second, 0 without one). A part counted by several keys
 * still reads its rows once: {@code ARRAY JOIN} gives each row once per key. A target part puts the user in
 * {@code k1}, the department in {@code k2}, the contract target in {@code a1} and the receipt target in {@code a2}.
 */
final class FigureUnion {

    /** What a fact part may be counted by (one row for each value); a part without keys answers one row. */
    enum Key {
        MONTH("toString(toYYYYMM(f_day))"), OWNER("toString(f_owner)"), DEPARTMENT("toString(f_dept)"),
        CATEGORY("f_category");

        final String sql;

        Key(String sql) {
            this.sql = sql;
        }
    }

    /** One answered row: {@code first}/{@code second} are n1, a1 and n2, a2. */
    record Row(String part, String k1, String k2, FactTotals first, FactTotals second) {
    }

    private static final String WINDOW = "countIf(f_day BETWEEN toDate(?) AND toDate(?)) AS n%1$d, "
            + "sumIf(f_amount, f_day BETWEEN toDate(?) AND toDate(?)) AS a%1$d";

    private static final String NO_WINDOW = "toUInt64(0) AS n2, toDecimal128(0, 2) AS a2";

    private static final String TARGETS = """
            SELECT ? AS part, toString(user_id) AS k1, toString(department_id) AS k2,
                   toUInt64(0) AS n1, contract_amount AS a1, toUInt64(0) AS n2, receipt_amount AS a2
            FROM (""";

    private final ZoneId zone;
    private final BoundSql sql = new BoundSql();

    FigureUnion(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * A part of {@code fact}'s rows in the window {@code first} and, unless null, {@code second}, per value of each of
     * {@code keys} (none: one row, even without any fact).
     */
    FigureUnion fact(String part, SalesFact fact, ViewerScope viewer, FactFilter filter, List<Key> keys,
            DayRange first, DayRange second) {
        String key = keys.isEmpty() ? "CAST(NULL AS Nullable(String)) AS k1, CAST(NULL AS Nullable(String)) AS k2"
                : "tupleElement(g, 2) AS k1, tupleElement(g, 1) AS k2";
        next().add("SELECT ? AS part, " + key + ",\n       ", part);
        window(1, first);
        sql.add(", ");
        if (second == null) {
            sql.add(NO_WINDOW);
        } else {
            window(2, second);
        }
        // Read once over every day either window holds; each window then counts its own days of f_day, the day the
        // drill-down's range is applied to as well.
        DayRange span = second == null ? first : new DayRange(earlier(first.from(), second.from()),
                later(first.to(), second.to()));
        sql.add("\nFROM (\n").add(FactRows.select(fact, zone, viewer, filter, span)).add("\n)");
        if (!keys.isEmpty()) {
            sql.add("\nARRAY JOIN [" + String.join(", ", keys.stream()
                    .map(k -> "tuple('" + k.name() + "', " + k.sql + ")").toList()) + "] AS g"
                    + "\nWHERE k1 IS NOT NULL GROUP BY k1, k2");
        }
        return this;
    }

    /** A part of the viewer's targets of the months {@code first} to {@code last} (see {@link SalesTargetQueries}). */
    FigureUnion targets(String part, ViewerScope viewer, YearMonth first, YearMonth last) {
        next().add(TARGETS, part).add(SalesTargetQueries.sums(viewer, first, last)).add(")");
        return this;
    }

    List<Row> read(DataSource dataSource, String what) {
        return Reads.read(dataSource, sql, what, rs -> {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Row(rs.getString("part"), rs.getString("k1"), rs.getString("k2"),
                        totals(rs.getLong("n1"), rs.getBigDecimal("a1")), totals(rs.getLong("n2"), rs.getBigDecimal("a2"))));
            }
            return rows;
        });
    }

    private BoundSql next() {
        return sql.sql().isEmpty() ? sql : sql.add("\nUNION ALL\n");
    }

    private void window(int n, DayRange range) {
        String from = range.from().toString(), to = range.to().toString();
        sql.add(WINDOW.formatted(n), from, to, from, to);
    }

    private static FactTotals totals(long count, BigDecimal amount) {
        return new FactTotals(count, amount == null ? FactTotals.NONE.amount() : Reads.money(amount));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
