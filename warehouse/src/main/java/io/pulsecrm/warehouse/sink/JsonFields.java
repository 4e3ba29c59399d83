package io.pulsecrm.warehouse.sink;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Typed reads of one JSON object (a Debezium row image or an analytics value) with the formats
 * of docs/architecture.md: decimals as strings, timestamptz as ISO-8601 strings, dates as days
 * since the epoch. Every failure names the field.
 */
final class JsonFields {

    private static final LocalDate LAST_DATE = LocalDate.of(2149, 6, 6);
    private static final Instant FIRST_INSTANT = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant END_OF_INSTANTS = Instant.parse("2300-01-01T00:00:00Z");

    private final JsonNode node;
    private final String what;

    JsonFields(JsonNode node, String what) {
        this.node = node;
        this.what = what;
    }

    long requiredLong(String field) throws UnmappableRecordException {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(field, "not an integer");
        }
        return value.longValue();
    }

    int requiredInt(String field) throws UnmappableRecordException {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(field, "not a 32-bit integer");
        }
        return value.intValue();
    }

    String requiredString(String field) throws UnmappableRecordException {
        JsonNode value = required(field);
        if (!value.isString()) {
            throw invalid(field, "not a string");
        }
        return value.stringValue();
    }

    String optionalString(String field) throws UnmappableRecordException {
        return isAbsent(field) ? null : requiredString(field);
    }

    Long optionalLong(String field) throws UnmappableRecordException {
        return isAbsent(field) ? null : requiredLong(field);
    }

    boolean requiredBoolean(String field) throws UnmappableRecordException {
        JsonNode value = required(field);
        if (!value.isBoolean()) {
            throw invalid(field, "not a boolean");
        }
        return value.booleanValue();
    }

    /** A text column with a fixed set of values (a CHECK in PostgreSQL); anything else is a poison record. */
    String requiredEnum(String field, Set<String> allowed) throws UnmappableRecordException {
        String value = requiredString(field);
        if (!allowed.contains(value)) {
            throw new UnmappableRecordException(what + "." + field + " '" + value + "' is not one of "
                    + new TreeSet<>(allowed));
        }
        return value;
    }

    UUID requiredUuid(String field) throws UnmappableRecordException {
        String text = requiredString(field);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "not a UUID");
        }
    }

    /**
     * A decimal that must fit {@code Decimal(precision, scale)} exactly; ClickHouse would
     * silently drop extra fraction digits, so they are an error here.
     */
    BigDecimal requiredDecimal(String field, int precision, int scale) throws UnmappableRecordException {
        BigDecimal value = decimal(field);
        if (value.stripTrailingZeros().scale() > scale) {
            throw invalid(field, "more than " + scale + " decimal places");
        }
        return fit(field, value.setScale(scale, RoundingMode.UNNECESSARY), precision);
    }

    /** A derived decimal (a product of amount and rate) rounded half-up to {@code scale}. */
    BigDecimal roundedDecimal(String field, int precision, int scale) throws UnmappableRecordException {
        return fit(field, decimal(field).setScale(scale, RoundingMode.HALF_UP), precision);
    }

    /**
     * An ISO-8601 timestamp with offset, truncated to the milliseconds of DateTime64(3). One outside DateTime64's
     * range (PostgreSQL's is far wider) is an error: ClickHouse would store another instant without a word.
     */
    Instant requiredInstant(String field) throws UnmappableRecordException {
        String text = requiredString(field);
        Instant value;
        try {
            value = OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw invalid(field, "not an ISO-8601 timestamp with offset");
        }
        if (value.isBefore(FIRST_INSTANT) || !value.isBefore(END_OF_INSTANTS)) {
            throw invalid(field, "outside the years 1900 to 2299 that DateTime64 holds");
        }
        return value;
    }

    Instant optionalInstant(String field) throws UnmappableRecordException {
        return isAbsent(field) ? null : requiredInstant(field);
    }

    /** Epoch milliseconds. */
    Instant requiredEpochMillis(String field) throws UnmappableRecordException {
        return Instant.ofEpochMilli(requiredLong(field));
    }

    /**
     * A date sent as days since 1970-01-01. One outside ClickHouse's Date (1970-01-01 to 2149-06-06) is an error:
     * it would be stored as another day without a word.
     */
    LocalDate requiredEpochDay(String field) throws UnmappableRecordException {
        int day = requiredInt(field);
        if (day < 0 || day > LAST_DATE.toEpochDay()) {
            throw invalid(field, "outside the days 1970-01-01 to " + LAST_DATE + " that Date holds");
        }
        return LocalDate.ofEpochDay(day);
    }

    /** A date sent as ISO-8601 text ({@code 2026-01-31}), within what Date holds. */
    LocalDate requiredIsoDate(String field) throws UnmappableRecordException {
        LocalDate value;
        try {
            value = LocalDate.parse(requiredString(field));
        } catch (DateTimeParseException e) {
            throw invalid(field, "not an ISO-8601 date");
        }
        if (value.isBefore(LocalDate.EPOCH) || value.isAfter(LAST_DATE)) {
            throw invalid(field, "outside the days 1970-01-01 to " + LAST_DATE + " that Date holds");
        }
        return value;
    }

    LocalDate optionalEpochDay(String field) throws UnmappableRecordException {
        return isAbsent(field) ? null : requiredEpochDay(field);
    }

    /** A date sent as an ISO string ({@code 2025-11-24}), held to Date's range like {@link #requiredEpochDay}. */
    LocalDate optionalIsoDate(String field) throws UnmappableRecordException {
        return isAbsent(field) ? null : requiredIsoDate(field);
    }

    /** An array of integers (ids). */
    long[] requiredLongs(String field) throws UnmappableRecordException {
        JsonNode value = required(field);
        if (!value.isArray()) {
            throw invalid(field, "not an array");
        }
        long[] longs = new long[value.size()];
        for (int i = 0; i < longs.length; i++) {
            JsonNode item = value.get(i);
            if (!item.isIntegralNumber() || !item.canConvertToLong()) {
                throw invalid(field, "not an array of integers");
            }
            longs[i] = item.longValue();
        }
        return longs;
    }

    private BigDecimal decimal(String field) throws UnmappableRecordException {
        JsonNode value = required(field);
        try {
            if (value.isString()) {
                return new BigDecimal(value.stringValue());
            }
            if (value.isIntegralNumber() || value.isBigDecimal()) {
                return value.decimalValue();
            }
        } catch (NumberFormatException e) {
            throw invalid(field, "not a decimal number");
        }
        throw invalid(field, "not a decimal string");
    }

    private BigDecimal fit(String field, BigDecimal value, int precision) throws UnmappableRecordException {
        if (value.precision() > precision) {
            throw invalid(field, "too large for Decimal(" + precision + ", " + value.scale() + ")");
        }
        return value;
    }

    /** Missing or JSON null: the column is NULL in PostgreSQL. */
    boolean isAbsent(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull();
    }

    private JsonNode required(String field) throws UnmappableRecordException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new UnmappableRecordException(what + "." + field + " is missing or null");
        }
        return value;
    }

    private UnmappableRecordException invalid(String field, String problem) {
        return new UnmappableRecordException(what + "." + field + " is " + problem);
    }
}
