package io.pulsecrm.bench;

/**
 * The few spellings in which ClickHouse and PostgreSQL differ, so that {@link BenchRows} writes each generated column
 * once, as one formula over the row number {@code n} (from 1), and both databases compute the same values from it.
 * Everything else in the formulas is standard SQL both take alike: integer {@code + - * %}, CASE, {@code ||}.
 */
enum BenchDialect {

    CLICKHOUSE {
        @Override
        String rows() {
            return "(SELECT toInt64(number) + 1 AS n FROM numbers(?)) AS g";
        }

        @Override
        String div(String a, String b) {
            return "intDiv(" + a + ", " + b + ")";
        }

        @Override
        String text(String integer) {
            return "toString(" + integer + ")";
        }

        @Override
        String timestamp(String epochSeconds) {
            return "toDateTime64(" + epochSeconds + ", 3, 'UTC')";
        }

        @Override
        String date(String daysSinceEpoch) {
            return "addDays(toDate('1970-01-01'), " + daysSinceEpoch + ")";
        }

        @Override
        String money(String cents) {
            return "toDecimal64(" + cents + ", 2) / 100";
        }
    },

    POSTGRES {
        @Override
        String rows() {
            return "generate_series(1::bigint, ?) AS g(n)";
        }

        @Override
        String div(String a, String b) {
            return "((" + a + ") / (" + b + "))";
        }

        @Override
        String text(String integer) {
            return "(" + integer + ")::text";
        }

        @Override
        String timestamp(String epochSeconds) {
            return "to_timestamp(" + epochSeconds + ")";
        }

        @Override
        String date(String daysSinceEpoch) {
            return "(date '1970-01-01' + (" + daysSinceEpoch + ")::int)";
        }

        @Override
        String money(String cents) {
            return "(" + cents + ")::numeric / 100";
        }
    };

    /** The row source: {@code n} = 1 … the bound count. */
    abstract String rows();

    /** Integer division (both operands whole numbers, not negative). */
    abstract String div(String a, String b);

    abstract String text(String integer);

    abstract String timestamp(String epochSeconds);

    abstract String date(String daysSinceEpoch);

    /** An amount of two decimals from whole cents. */
    abstract String money(String cents);
}
