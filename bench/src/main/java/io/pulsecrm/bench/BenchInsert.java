package io.pulsecrm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One generated table: {@code INSERT INTO t (columns) SELECT formulas FROM <n = 1 … count>}, written once and rendered
 * for either database. A column may exist on one side only (PostgreSQL's personal or free-text columns, which CDC does
 * not capture). Sizes appear in the formulas as <code>{name}</code> and are bound as parameters, in order.
 */
final class BenchInsert {

    private static final Pattern NAMED = Pattern.compile("\\{([a-z]+)}");

    private record Column(String name, Function<BenchDialect, String> formula, BenchDialect only) {
    }

    /** A statement and the values of its {@code ?}, in order. */
    record Rendered(String sql, List<Long> params) {
    }

    private final String clickhouseTable;
    private final String postgresTable;
    private final String count;
    private final List<Column> columns = new ArrayList<>();
    private String where;

    private BenchInsert(String clickhouseTable, String postgresTable, String count) {
        this.clickhouseTable = clickhouseTable;
        this.postgresTable = postgresTable;
        this.count = count;
    }

    /** Rows {@code n} = 1 … the size named {@code count}. */
    static BenchInsert into(String table, String count) {
        return new BenchInsert(table, table, count);
    }

    static BenchInsert into(String clickhouseTable, String postgresTable, String count) {
        return new BenchInsert(clickhouseTable, postgresTable, count);
    }

    /** The same formula in both databases. */
    BenchInsert col(String name, String formula) {
        return col(name, d -> formula);
    }

    BenchInsert col(String name, Function<BenchDialect, String> formula) {
        columns.add(new Column(name, formula, null));
        return this;
    }

    /** {@code owner_id} and {@code owner_dept_id}, as most of the reps' records have them. */
    BenchInsert owned(String owner, String department) {
        return col("owner_id", owner).col("owner_dept_id", department);
    }

    /** {@code created_at} and {@code updated_at}: a record never changed since it was made. */
    BenchInsert created(Function<BenchDialect, String> at) {
        return col("created_at", at).col("updated_at", at);
    }

    /** A column only {@code dialect}'s table has. */
    BenchInsert only(BenchDialect dialect, String name, String formula) {
        columns.add(new Column(name, d -> formula, dialect));
        return this;
    }

    /** Keeps the rows {@code n} for which {@code condition} holds. */
    BenchInsert where(String condition) {
        this.where = condition;
        return this;
    }

    String table(BenchDialect dialect) {
        return dialect == BenchDialect.CLICKHOUSE ? clickhouseTable : postgresTable;
    }

    Rendered render(BenchDialect dialect, Map<String, Long> sizes) {
        List<Column> used = columns.stream().filter(c -> c.only() == null || c.only() == dialect).toList();
        String sql = "INSERT INTO " + table(dialect) + " ("
                + String.join(", ", used.stream().map(Column::name).toList()) + ")\nSELECT "
                + String.join(",\n       ", used.stream().map(c -> c.formula().apply(dialect)).toList())
                + "\nFROM " + dialect.rows().replace("?", "{" + count + "}")
                + (where == null ? "" : "\nWHERE " + where);
        List<Long> params = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Long value = sizes.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no size " + m.group(1) + " for " + table(dialect));
            }
            params.add(value);
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        return new Rendered(out.toString(), List.copyOf(params));
    }
}
