package io.pulsecrm.oltp.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Buffers generated rows per table and streams them into PostgreSQL with COPY, the one writer every
 * generator uses. Ids are handed out here (from the table's current maximum), so rows can point at
 * each other before anything is written; the sequences are advanced once everything is in.
 *
 * <p>Full buffers are streamed by a thread of their own while the generator fills the next ones:
 * PostgreSQL ingests on one core while the generator runs on the other. One batch at a time is in
 * flight, on the one connection the generator does not use meanwhile.
 */
final class CopyWriter implements AutoCloseable {

    /** About 16 MB of chars buffered across all tables before they are streamed out. */
    private static final int FLUSH_CHARS = 8 << 20;

    private final PgCopy copy;
    private final EnumMap<DemoTable, Rows> rows = new EnumMap<>(DemoTable.class);
    private final long[] nextIds = new long[DemoTable.values().length];
    private final long[] written = new long[DemoTable.values().length];
    private final long[] copyNanos = new long[DemoTable.values().length];
    private final ExecutorService streamer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "demo-copy");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Void> inFlight;

    CopyWriter(Connection connection) throws SQLException {
        this.copy = PgCopy.on(connection);
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

    /** Starts streaming the buffers once they are big; call only between whole records (all their rows buffered). */
    void flushIfFull() throws SQLException {
        int chars = 0;
        for (Rows table : rows.values()) {
            chars += table.pendingChars();
        }
        if (chars > FLUSH_CHARS) {
            send();
        }
    }

    /** Streams everything buffered and waits until it is in. */
    void flush() throws SQLException {
        send();
        awaitInFlight();
    }

    /** Waits for the batch in flight, so the connection is free again; after a failure too. */
    @Override
    public void close() {
        try {
            awaitInFlight();
        } catch (SQLException | RuntimeException e) {
            // the generation already failed: its own exception is the one to report
        } finally {
            streamer.shutdown();
        }
    }

    private void send() throws SQLException {
        List<Map.Entry<DemoTable, String>> batch = new ArrayList<>();
        for (DemoTable table : DemoTable.values()) {
            Rows pending = rows.get(table);
            if (pending.pendingRows() > 0) {
                written[table.ordinal()] += pending.pendingRows();
                batch.add(Map.entry(table, pending.drain()));
            }
        }
        awaitInFlight();
        inFlight = streamer.submit(() -> {
            for (Map.Entry<DemoTable, String> table : batch) {
                copy(table.getKey(), table.getValue());
            }
            return null;
        });
    }

    private void awaitInFlight() throws SQLException {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while streaming demo data", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("Streaming demo data failed", e.getCause());
        } finally {
            inFlight = null;
        }
    }

    /** Rows written per table, in foreign-key order (once flushed). */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DemoTable table : DemoTable.values()) {
            counts.put(table.table, written[table.ordinal()]);
        }
        return counts;
    }

    long copyMillis() {
        long nanos = 0;
        for (long table : copyNanos) {
            nanos += table;
        }
        return nanos / 1_000_000;
    }

    /** COPY time per table, slowest first: where a bigger scale spends its time. */
    Map<String, Long> copyMillisByTable() {
        Map<String, Long> millis = new LinkedHashMap<>();
        Arrays.stream(DemoTable.values())
                .sorted((a, b) -> Long.compare(copyNanos[b.ordinal()], copyNanos[a.ordinal()]))
                .forEach(table -> millis.put(table.table, copyNanos[table.ordinal()] / 1_000_000));
        return millis;
    }

    private void copy(DemoTable table, String data) throws SQLException {
        long start = System.nanoTime();
        try {
            copy.copyIn("copy " + table.table + " (" + table.columns + ") from stdin", data);
        } finally {
            copyNanos[table.ordinal()] += System.nanoTime() - start;
        }
    }
}
