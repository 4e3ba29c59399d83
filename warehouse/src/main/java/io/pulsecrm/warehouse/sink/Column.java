package io.pulsecrm.warehouse.sink;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A column of a {@link MirroredTable}: its name (the same in PostgreSQL and ClickHouse), how its value is read from a
 * Debezium row image (formats of docs/architecture.md) and bound to the INSERT. Nullable only where PostgreSQL allows
 * NULL; a required value missing, a text outside its CHECKed values or money with more than 2 decimals makes the
 * record unmappable (dead-lettered), never a guessed row.
 */
record Column(String name, Kind kind, boolean nullable, Set<String> allowed) {

    /** How a column is typed in both databases; {@link #of} declares a NOT NULL column, {@link #orNull} a nullable one. */
    enum Kind {
        /** bigint → Int64. */
        INT64,
        /** integer → Int32. */
        INT32,
        /** boolean → Bool. */
        BOOL,
        /** varchar → String (LowCardinality where values repeat); {@link #oneOf} when PostgreSQL CHECKs its values. */
        TEXT,
        /** numeric(18, 2) → Decimal(18, 2). */
        MONEY,
        /** date → Date. */
        DATE,
        /** timestamptz → DateTime64(3, 'UTC'). */
        TIME,
        /** An exact derived decimal of an analytics value (amount × rate) → Decimal(38, 6). */
        EXACT,
        /** An ISO-8601 date of an analytics value → Date. */
        DAY;

        Column of(String name) {
            return new Column(name, this, false, Set.of());
        }

        Column orNull(String name) {
            return new Column(name, this, true, Set.of());
        }
    }

    /** A varchar PostgreSQL CHECKs against a list of values → LowCardinality(String). */
    static Column oneOf(String name, Set<String> allowed) {
        return new Column(name, Kind.TEXT, false, Set.copyOf(allowed));
    }

    static Column oneOfOrNull(String name, Set<String> allowed) {
        return new Column(name, Kind.TEXT, true, Set.copyOf(allowed));
    }

    Object read(JsonFields row) throws UnmappableRecordException {
        if (nullable && row.isAbsent(name)) {
            return null;
        }
        return switch (kind) {
            case INT64 -> row.requiredLong(name);
            case INT32 -> row.requiredInt(name);
            case BOOL -> row.requiredBoolean(name);
            case TEXT -> allowed.isEmpty() ? row.requiredString(name) : row.requiredEnum(name, allowed);
            case MONEY -> row.requiredDecimal(name, 18, 2);
            case DATE -> row.requiredEpochDay(name);
            case TIME -> row.requiredInstant(name);
            case EXACT -> row.requiredDecimal(name, 38, 6);
            case DAY -> row.requiredIsoDate(name);
        };
    }

    void bind(InsertParams params, Object value) throws SQLException {
        switch (kind) {
            case INT64 -> params.int64((Long) value);
            case INT32 -> params.int32((Integer) value);
            case BOOL -> params.bool((Boolean) value);
            case TEXT -> params.text((String) value);
            case MONEY, EXACT -> params.decimal((BigDecimal) value);
            case DATE, DAY -> params.date((LocalDate) value);
            case TIME -> params.time((Instant) value);
        }
    }
}
