package io.pulsecrm.oltp.demo;

import java.time.LocalDate;

/**
 * One table's pending rows in PostgreSQL's COPY text format. Values are appended column by column
 * in the order of {@link DemoTable#columns}; {@link #end()} closes the row.
 *
 * <p>0 stands for "none" in id references, timestamps (epoch seconds) and dates (epoch days): no
 * generated record is older than 1970, and ids start at 1. That keeps the generators free of boxing,
 * which matters at a million customers.
 */
final class Rows {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private boolean rowStart = true;
    private long pending;

    Rows num(long value) {
        next().append(value);
        return this;
    }

    /** A reference to another row's id, or NULL for 0. */
    Rows ref(long id) {
        return id == 0 ? nul() : num(id);
    }

    Rows nul() {
        next().append("\\N");
        return this;
    }

    Rows bool(boolean value) {
        next().append(value ? 't' : 'f');
        return this;
    }

    Rows text(String value) {
        if (value == null) {
            return nul();
        }
        StringBuilder out = next();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return this;
    }

    /** An amount of money in cents, written as yuan with two decimals. */
    Rows money(long cents) {
        return fixed2(cents);
    }

    /** A percentage in hundredths of a percent (basis points), written with two decimals. */
    Rows percent(long basisPoints) {
        return fixed2(basisPoints);
    }

    /** A timestamptz from epoch seconds, written in UTC; NULL for 0. */
    Rows ts(long epochSecond) {
        if (epochSecond == 0) {
            return nul();
        }
        long day = Math.floorDiv(epochSecond, 86_400L);
        int second = (int) Math.floorMod(epochSecond, 86_400L);
        StringBuilder out = next();
        appendDate(out, day);
        out.append(' ');
        two(out, second / 3600).append(':');
        two(out, second / 60 % 60).append(':');
        two(out, second % 60).append("+00");
        return this;
    }

    /** A date from epoch days; NULL for 0. */
    Rows date(long epochDay) {
        if (epochDay == 0) {
            return nul();
        }
        appendDate(next(), epochDay);
        return this;
    }

    void end() {
        text.append('\n');
        rowStart = true;
        pending++;
    }

    long pendingRows() {
        return pending;
    }

    int pendingChars() {
        return text.length();
    }

    /** Hands the buffered rows over and starts empty. */
    String drain() {
        String rows = text.toString();
        text.setLength(0);
        pending = 0;
        return rows;
    }

    private Rows fixed2(long hundredths) {
        StringBuilder out = next();
        if (hundredths < 0) {
            out.append('-');
            hundredths = -hundredths;
        }
        out.append(hundredths / 100).append('.');
        two(out, (int) (hundredths % 100));
        return this;
    }

    private StringBuilder next() {
        if (!rowStart) {
            text.append('\t');
        }
        rowStart = false;
        return text;
    }

    private static void appendDate(StringBuilder out, long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        out.append(date.getYear()).append('-');
        two(out, date.getMonthValue()).append('-');
        two(out, date.getDayOfMonth());
    }

    private static StringBuilder two(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        return out.append(value);
    }
}
