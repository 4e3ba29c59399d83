package io.pulsecrm.streams.change;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the columns of a change event's row image as Debezium writes them here (JSON converter, schemas
 * disabled, {@code decimal.handling.mode=string}, {@code time.precision.mode=adaptive_time_microseconds}):
 * integers as numbers, numerics as strings, {@code date} as days since the epoch, {@code timestamptz} as an
 * ISO-8601 string.
 *
 * <p>A required column that is missing or of the wrong type throws {@link InvalidChangeEvent}, so the event is
 * dead-lettered with that reason rather than applied half-way. An optional (nullable) column is {@code null} when
 * it is SQL NULL or absent, and still an error when present with the wrong type: absent is how an event captured
 * before a migration added the column reads (the compacted topics keep such events for rows never changed since),
 * and PostgreSQL gave those rows NULL too.
 */
public final class Fields {

    private Fields() {}

    public static long requireLong(JsonNode row, String field) {
        return requireLong(row, field, field);
    }

    public static Long optionalLong(JsonNode row, String field) {
        return isNull(row, field) ? null : requireLong(row, field);
    }

    public static BigDecimal requireDecimal(JsonNode row, String field) {
        JsonNode node = present(row, field);
        // decimal.handling.mode=string sends numerics as strings; accept a JSON number too.
        try {
            return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asString());
        } catch (NumberFormatException | JacksonException e) {
            throw new InvalidChangeEvent("field " + field + " is not a decimal");
        }
    }

    public static BigDecimal optionalDecimal(JsonNode row, String field) {
        return isNull(row, field) ? null : requireDecimal(row, field);
    }

    public static String requireString(JsonNode row, String field) {
        JsonNode node = row.get(field);
        if (node == null || !node.isString()) {
            throw new InvalidChangeEvent("missing field " + field);
        }
        return node.stringValue();
    }

    public static String optionalString(JsonNode row, String field) {
        return isNull(row, field) ? null : requireString(row, field);
    }

    public static boolean requireBoolean(JsonNode row, String field) {
        JsonNode node = present(row, field);
        if (!node.isBoolean()) {
            throw new InvalidChangeEvent("field " + field + " is not a boolean");
        }
        return node.booleanValue();
    }

    /** A {@code date} column: days since 1970-01-01. */
    public static LocalDate requireDate(JsonNode row, String field) {
        return LocalDate.ofEpochDay(requireLong(row, field));
    }

    public static LocalDate optionalDate(JsonNode row, String field) {
        return isNull(row, field) ? null : requireDate(row, field);
    }

    /** A {@code timestamptz} column: an ISO-8601 instant. */
    public static Instant requireInstant(JsonNode row, String field) {
        String text = requireString(row, field);
        Instant fast = utcInstant(text);
        if (fast != null) {
            return fast;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidChangeEvent("field " + field + " is not an ISO-8601 instant");
        }
    }

    /**
     * Debezium's form of a {@code timestamptz}, {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, read without a formatter
     * (every change carries two or three; the formatter was a tenth of the stream thread). Null for anything else,
     * which {@link Instant#parse} then reads or refuses.
     */
    static Instant utcInstant(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(n - 1) != 'Z' || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (t.charAt(19) != '.' || n - 21 > 9 || n - 21 < 1) {
                return null;
            }
            int fraction = digits(t, 20, n - 1);
            nanos = fraction < 0 ? -1 : fraction * (int) Math.pow(10, 9 - (n - 21));
        } else if (t.charAt(19) != 'Z') {
            return null;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || nanos < 0 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code t[from, to)}, or -1 if any character there is not a digit. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public static Instant optionalInstant(JsonNode row, String field) {
        return isNull(row, field) ? null : requireInstant(row, field);
    }

    static long requireLong(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidChangeEvent("missing field " + path);
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isString()) {
            try {
                return Long.parseLong(node.stringValue());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new InvalidChangeEvent("field " + path + " is not an integer");
    }

    private static boolean isNull(JsonNode row, String field) {
        JsonNode node = row.get(field);
        return node == null || node.isNull();
    }

    private static JsonNode present(JsonNode row, String field) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidChangeEvent("missing field " + field);
        }
        return node;
    }
}
