package io.pulsecrm.warehouse.sink;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Binds an INSERT's parameters in the order of its column list, so a row names its values in that order
 * instead of counting positions; a null binds SQL NULL (for the Nullable columns).
 */
final class InsertParams {

    private final PreparedStatement insert;
    private int index;

    InsertParams(PreparedStatement insert) {
        this.insert = insert;
    }

    InsertParams int64(long value) throws SQLException {
        insert.setLong(++index, value);
        return this;
    }

    InsertParams int64(Long value) throws SQLException {
        return value == null ? nul(Types.BIGINT) : int64(value.longValue());
    }

    InsertParams int32(int value) throws SQLException {
        insert.setInt(++index, value);
        return this;
    }

    InsertParams int32(Integer value) throws SQLException {
        return value == null ? nul(Types.INTEGER) : int32(value.intValue());
    }

    InsertParams int8(byte value) throws SQLException {
        insert.setByte(++index, value);
        return this;
    }

    InsertParams bool(boolean value) throws SQLException {
        insert.setBoolean(++index, value);
        return this;
    }

    InsertParams text(String value) throws SQLException {
        if (value == null) {
            return nul(Types.VARCHAR);
        }
        insert.setString(++index, value);
        return this;
    }

    InsertParams decimal(BigDecimal value) throws SQLException {
        insert.setBigDecimal(++index, value);
        return this;
    }

    InsertParams time(Instant value) throws SQLException {
        return value == null ? nul(Types.TIMESTAMP) : object(value);
    }

    InsertParams date(LocalDate value) throws SQLException {
        return value == null ? nul(Types.DATE) : object(value);
    }

    InsertParams uuid(UUID value) throws SQLException {
        return object(value);
    }

    /** An Array(Int64). */
    InsertParams int64Array(long[] values) throws SQLException {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        insert.setArray(++index, insert.getConnection().createArrayOf("Int64", boxed));
        return this;
    }

    private InsertParams object(Object value) throws SQLException {
        insert.setObject(++index, value);
        return this;
    }

    private InsertParams nul(int sqlType) throws SQLException {
        insert.setNull(++index, sqlType);
        return this;
    }

    /**
     * {@code INSERT INTO <table> (<columns>) VALUES (?, …)} with one placeholder per column, so the column
     * list is written once. The column lists are constants of this package, never input.
     */
    static String insertSql(String table, String... columnLists) {
        String columns = String.join(", ", columnLists);
        int count = columns.split(",").length;
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(count - 1) + "?)";
    }
}
