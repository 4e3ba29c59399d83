package io.pulsecrm.bench;

import java.util.function.Function;

/**
 * The integer formulas over the row number {@code n} (from 1) that {@link BenchRows} builds its columns from: owners
 * spread over the users by a multiplicative hash ({@code salt} gives each table a spread of its own), days rising with
 * {@code n} over two years with a busier last month of each quarter, amounts in whole cents. Sizes are named
 * <code>{size}</code> and bound by {@link BenchInsert}.
 */
final class BenchFormulas {

    private BenchFormulas() {
    }

    /** 2025-01-01 as days since 1970-01-01 ({@link BenchDataset#FIRST_DAY}). */
    private static final String FIRST_DAY = Long.toString(BenchDataset.FIRST_DAY.toEpochDay());

    /** The owner's user index (0-based) of row {@code n}; {@code salt} makes each table's spread its own. */
    static String ownerIndex(int salt) {
        return "((n * " + salt + ") % {users})";
    }

    static String ownerId(int salt) {
        return "(" + BenchDataset.FIRST_USER + " + " + ownerIndex(salt) + ")";
    }

    /** {@link BenchDataset#departmentOf} as SQL. */
    static String departmentOf(String userIndex) {
        return "(CASE WHEN " + userIndex + " < " + BenchDataset.DIVISIONS + " THEN " + BenchDataset.FIRST_DIVISION
                + " + " + userIndex + " ELSE " + BenchDataset.FIRST_TEAM + " + " + userIndex + " % "
                + BenchDataset.TEAMS + " END)";
    }

    static String ownerDept(int salt) {
        return departmentOf(ownerIndex(salt));
    }

    /**
     * Day 0–729 of row {@code n} of a table of {@code size} rows: rising with {@code n}, as ids rise with time in
     * PostgreSQL, and every third row of the first two months of a quarter moved into its last month (seasonality).
     */
    static Function<BenchDialect, String> day(String size, int salt) {
        return dialect -> {
            String d = dialect.div("(n - 1) * " + BenchDataset.DAYS, "{" + size + "}");
            return "(CASE WHEN n % 3 = 0 AND " + d + " < 637 AND " + d + " % 91 < 61 THEN " + d + " - " + d
                    + " % 91 + 61 + (n * " + salt + ") % 30 ELSE " + d + " END)";
        };
    }

    static Function<BenchDialect, String> date(String size, int salt) {
        return dialect -> dialect.date(FIRST_DAY + " + " + day(size, salt).apply(dialect));
    }

    static Function<BenchDialect, String> timestamp(String size, int salt) {
        return later(size, salt, "0");
    }

    /** {@link #timestamp} of the same row, {@code seconds} (a formula) later: a step the record took after it was made. */
    static Function<BenchDialect, String> later(String size, int salt, String seconds) {
        return dialect -> dialect.timestamp("(" + FIRST_DAY + " + " + day(size, salt).apply(dialect)
                + ") * 86400 + (n * 3571) % 86400 + " + seconds);
    }

    /** {@code formula} of another table's row: every {@code n} in it replaced by {@code row} (a formula over n). */
    static Function<BenchDialect, String> ofRow(String row, Function<BenchDialect, String> formula) {
        return dialect -> formula.apply(dialect).replaceAll("\\bn\\b", row);
    }

    /** One of five campaign channels (oltp-app's source values), by {@code n % 5}. */
    static String channel(String n) {
        return "(CASE " + n + " % 5 WHEN 0 THEN 'SEARCH' WHEN 1 THEN 'REFERRAL' WHEN 2 THEN 'EVENT' WHEN 3 THEN 'WEBSITE'"
                + " ELSE 'EMAIL' END)";
    }

    /** Campaign {@code 1 … {campaigns}} of every {@code every}th row, else none. */
    static String campaignOf(int every, int salt) {
        return nullWhen("n % " + every + " <> 0", "(1 + (n * " + salt + ") % {campaigns})");
    }

    /** 1,000.00 to 99,999.99. */
    static Function<BenchDialect, String> amount(int salt) {
        return dialect -> dialect.money("100000 + (n * " + salt + ") % 9900000");
    }

    static String customerOf(int salt) {
        return "(1 + (n * " + salt + ") % {customers})";
    }

    static String nullWhen(String condition, String value) {
        return "CASE WHEN " + condition + " THEN NULL ELSE " + value + " END";
    }
}
