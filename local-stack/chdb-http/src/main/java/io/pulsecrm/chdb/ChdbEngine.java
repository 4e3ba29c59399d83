package io.pulsecrm.chdb;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one chDB connection of this process. chDB runs one statement at a time per connection and keeps
 * one session (current database, SET values) for all callers, so every statement runs under one lock,
 * preceded by whatever USE/SET makes the session match its request.
 */
final class ChdbEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChdbEngine.class);

    /**
     * Applied once after connecting and restored whenever a request's own value is dropped again.
     * implicit_select=0: with chDB's default 1, bad SQL is read as a table name and reported as
     * "unknown table" instead of a syntax error. async_insert=0: this chDB defaults to 1, which would hold
     * every insert for the async flush timeout and change deduplication semantics.
     */
    static final Map<String, String> BASELINE_SETTINGS = Map.of("implicit_select", "0", "async_insert", "0");

    private final ReentrantLock lock = new ReentrantLock();
    private final SessionState session = new SessionState(BASELINE_SETTINGS);
    private Pointer connectionPointer;
    private Pointer connection;

    private ChdbEngine(Pointer connectionPointer) {
        this.connectionPointer = connectionPointer;
        this.connection = connectionPointer.getPointer(0);
    }

    static ChdbEngine open(Path library, Path dataPath) throws ClickHouseException {
        ChdbNative.register(library);
        ChdbNative.chdb_set_signal_handlers_enabled(0);
        String[] argv = {"clickhouse", "--path=" + dataPath.toAbsolutePath()};
        Pointer connectionPointer = ChdbNative.chdb_connect(argv.length, new StringArray(argv, "UTF-8"));
        if (connectionPointer == null || connectionPointer.getPointer(0) == null) {
            throw new ClickHouseException(ClickHouseException.UNKNOWN_EXCEPTION, "UNKNOWN_EXCEPTION",
                    "chdb_connect failed for path " + dataPath);
        }
        ChdbEngine engine = new ChdbEngine(connectionPointer);
        engine.runSessionStatement(engine.session.baselineStatement());
        return engine;
    }

    /** Runs one statement for one request; the caller streams and then closes the result. */
    EngineResult execute(EngineQuery query) throws ClickHouseException {
        lock.lock();
        try {
            ensureOpen();
            prepareSession(query);
            byte[] format = query.format().getBytes(StandardCharsets.UTF_8);
            if (query.parameters().isEmpty()) {
                return EngineResult.adopt(ChdbNative.chdb_query_n(connection, query.sql(), query.sql().length, format, format.length));
            }
            return EngineResult.adopt(withParameters(query, format));
        } finally {
            lock.unlock();
        }
    }

    /** A small internal query (version, timezone) as text. */
    String queryText(String sql) throws ClickHouseException {
        try (EngineResult result = execute(new EngineQuery("default", Map.of(), sql.getBytes(StandardCharsets.UTF_8), "TSVRaw", Map.of()))) {
            byte[] bytes = new byte[(int) result.length()];
            result.window(0).get(bytes);
            return new String(bytes, StandardCharsets.UTF_8).strip();
        }
    }

    private void prepareSession(EngineQuery query) throws ClickHouseException {
        String use = session.useStatement(query.database());
        if (use != null) {
            session.databaseIs(null);
            runSessionStatement(use);
            session.databaseIs(query.database());
        }
        String set = session.setStatement(query.settings());
        if (set != null) {
            session.settingsUnknown(query.settings());
            runSessionStatement(set);
            session.settingsAre(query.settings());
        }
    }

    private void runSessionStatement(String sql) throws ClickHouseException {
        log.debug("session: {}", sql);
        byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        byte[] format = "TSV".getBytes(StandardCharsets.US_ASCII);
        EngineResult.adopt(ChdbNative.chdb_query_n(connection, bytes, bytes.length, format, format.length)).close();
    }

    private Pointer withParameters(EngineQuery query, byte[] format) {
        List<Map.Entry<String, String>> entries = List.copyOf(query.parameters().entrySet());
        int count = entries.size();
        byte[][] names = new byte[count][];
        byte[][] values = new byte[count][];
        long total = 0;
        for (int i = 0; i < count; i++) {
            names[i] = entries.get(i).getKey().getBytes(StandardCharsets.UTF_8);
            values[i] = entries.get(i).getValue().getBytes(StandardCharsets.UTF_8);
            total += names[i].length + values[i].length;
        }
        Memory bytes = new Memory(Math.max(1, total));
        Memory namePointers = new Memory(8L * count);
        Memory valuePointers = new Memory(8L * count);
        long[] nameLengths = new long[count];
        long[] valueLengths = new long[count];
        long offset = 0;
        for (int i = 0; i < count; i++) {
            offset = put(bytes, offset, names[i], namePointers, i, nameLengths);
            offset = put(bytes, offset, values[i], valuePointers, i, valueLengths);
        }
        try {
            return ChdbNative.chdb_query_with_params_n(connection, query.sql(), query.sql().length, format, format.length,
                    namePointers, nameLengths, valuePointers, valueLengths, count);
        } finally {
            // Only raw addresses into it are passed: keep it from being freed during the call.
            Reference.reachabilityFence(bytes);
        }
    }

    private static long put(Memory bytes, long offset, byte[] value, Memory pointers, int index, long[] lengths) {
        bytes.write(offset, value, 0, value.length);
        pointers.setPointer(8L * index, bytes.share(offset));
        lengths[index] = value.length;
        return offset + value.length;
    }

    private void ensureOpen() throws ClickHouseException {
        if (connection == null) {
            throw new ClickHouseException(236, "ABORTED", "The server is shutting down");
        }
    }

    /** Waits for the running statement, then closes the connection, which flushes and shuts chDB down. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (connectionPointer != null) {
                log.info("Closing the chDB connection");
                ChdbNative.chdb_close_conn(connectionPointer);
                connectionPointer = null;
                connection = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
