package io.pulsecrm.warehouse.reconcile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Has ClickHouse caught up with PostgreSQL? PostgreSQL's current WAL position is taken once, before anything is
 * compared; ClickHouse has caught up once the highest version (= source LSN) the sink wrote reaches it. Waited for
 * within a bound, polling the one cheap {@code sink_progress} query; if it is not reached the figures are compared
 * anyway and marked possibly stale. An idle database never gets there (no captured change comes after the position
 * taken), so "possibly stale" after a quiet period says only that catching up could not be proven.
 */
record Watermark(long postgresLsn, long clickHouseVersion) {

    private static final String PG_LSN = "SELECT pg_current_wal_lsn() - '0/0'::pg_lsn";
    // pipeline_by_stage's version is derived (previous + 1 may pass the LSN), so only captured tables count
    private static final String CH_VERSION = """
            SELECT max(last_version) FROM sink_progress FINAL WHERE table_name <> 'pipeline_by_stage'
            """;
    private static final Duration POLL = Duration.ofMillis(200);

    boolean caughtUp() {
        return clickHouseVersion >= postgresLsn;
    }

    static long postgresLsn(Connection postgres) throws SQLException {
        return single(postgres, PG_LSN);
    }

    static long clickHouseVersion(Connection clickHouse) throws SQLException {
        return single(clickHouse, CH_VERSION);
    }

    /** Polls ClickHouse's version until it reaches {@code lsn} or {@code wait} has passed; returns the last one seen. */
    static Watermark await(long lsn, LongSupplier clickHouseVersion, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        long version = clickHouseVersion.getAsLong();
        while (version < lsn && System.nanoTime() < deadline) {
            Thread.sleep(POLL);
            version = clickHouseVersion.getAsLong();
        }
        return new Watermark(lsn, version);
    }

    /** PostgreSQL's notation of a WAL position, {@code 16/B374D848}. */
    static String lsnText(long lsn) {
        return Long.toHexString(lsn >>> 32).toUpperCase() + "/" + Long.toHexString(lsn & 0xFFFFFFFFL).toUpperCase();
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
