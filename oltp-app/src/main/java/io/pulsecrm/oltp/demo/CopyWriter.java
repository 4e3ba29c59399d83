package io.pulsecrm.oltp.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Buffers generated rows per table and streams them into PostgreSQL with COPY, the one writer every
 * generator uses. Ids are handed out here (from the table's current maximum), so rows can point at
 * each other before anything is written; the sequences are advanced once everything is in.
 */
final class CopyWriter {

    /** About 16 MB of chars buffered across all tables before they are streamed out. */
    private static final int FLUSH_CHARS = 8 << 20;

    private final Connection connection;
    private final MethodHandle copyIn;
    private final EnumMap<DemoTable, Rows> rows = new EnumMap<>(DemoTable.class);
    private final long[] nextIds = new long[DemoTable.values().length];
    private final long[] written = new long[DemoTable.values().length];
    private long copyNanos;

    CopyWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.copyIn = copyIn(connection);
        try (Statement statement = connection.createStatement()) {
            for (DemoTable table : DemoTable.values()) {
                rows.put(table, new Rows());
                if (table.hasId()) {
                    try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table.table)) {
                        max.next();
                        nextIds[table.ordinal()] = max.getLong(1) + 1;
                    }
                }
            }
        }
    }

    Rows rows(DemoTable table) {
        return rows.get(table);
    }

    long nextId(DemoTable table) {
        return nextIds[table.ordinal()]++;
    }

    /** Streams the buffers out once they are big; call only between whole records (all their rows buffered). */
    void flushIfFull() throws SQLException {
        int chars = 0;
        for (Rows table : rows.values()) {
            chars += table.pendingChars();
        }
        if (chars > FLUSH_CHARS) {
            flush();
        }
    }

    void flush() throws SQLException {
        for (DemoTable table : DemoTable.values()) {
            Rows pending = rows.get(table);
            if (pending.pendingRows() > 0) {
                long count = pending.pendingRows();
                copy("copy " + table.table + " (" + table.columns + ") from stdin", pending.drain());
                written[table.ordinal()] += count;
            }
        }
    }

    /** Rows written per table, in foreign-key order. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DemoTable table : DemoTable.values()) {
            counts.put(table.table, written[table.ordinal()]);
        }
        return counts;
    }

    long copyMillis() {
        return copyNanos / 1_000_000;
    }

    private void copy(String sql, String data) throws SQLException {
        long start = System.nanoTime();
        try {
            long ignored = (long) copyIn.invoke(sql, (Reader) new StringReader(data));
        } catch (SQLException | RuntimeException | Error e) {
            throw e;
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + sql, e);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        } finally {
            copyNanos += System.nanoTime() - start;
        }
    }

    /**
     * The driver's {@code CopyManager.copyIn(String, Reader)}, reached by reflection: the PostgreSQL
     * driver is a runtime-only dependency of oltp-app, so its types are not visible when compiling.
     */
    private static MethodHandle copyIn(Connection connection) throws SQLException {
        try {
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
            Class<?> copyManager = Class.forName("org.postgresql.copy.CopyManager");
            Object api = pgConnection.getMethod("getCopyAPI").invoke(connection.unwrap(pgConnection));
            return MethodHandles.publicLookup()
                    .findVirtual(copyManager, "copyIn", MethodType.methodType(long.class, String.class, Reader.class))
                    .bindTo(api);
        } catch (ReflectiveOperationException e) {
            throw new SQLException("The demo generator needs the PostgreSQL JDBC driver (COPY)", e);
        }
    }
}
