package io.pulsecrm.warehouse.reconcile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the two sides stand, printed with differences that persist: PostgreSQL's current WAL position, and the
 * highest version (= source LSN) the sink wrote for a captured table. ClickHouse behind PostgreSQL with changes
 * still to come says the pipeline lags; at or past PostgreSQL's last captured change, a difference is a wrong figure.
 * (An idle database's WAL moves on without captured changes — heartbeats, other tables — so the two need not meet.)
 */
final class WalPositions {

    private static final String PG_LSN = "SELECT pg_current_wal_lsn() - '0/0'::pg_lsn";
    // pipeline_by_stage's version is derived (previous + 1 may pass the LSN), so only captured tables count
    private static final String CH_VERSION = """
            SELECT max(last_version) FROM sink_progress FINAL WHERE table_name <> 'pipeline_by_stage'
            """;

    private WalPositions() {
    }

    static long postgresLsn(Connection postgres) throws SQLException {
        return single(postgres, PG_LSN);
    }

    static long clickHouseVersion(Connection clickHouse) throws SQLException {
        return single(clickHouse, CH_VERSION);
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
