package io.pulsecrm.streams.cdc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks, before Debezium starts, what would otherwise make it fail with a less helpful message:
 * PostgreSQL reachable, logical decoding on, captured tables present (oltp-app's Flyway creates them,
 * and the two services start in no particular order). Creates the heartbeat and signal tables, which are
 * ours, once the captured tables are there.
 */
final class PostgresPreflight {

    private PostgresPreflight() {}

    /**
     * The outcome when PostgreSQL answered: what is still missing, if anything, and which database this
     * is ({@code sourceId}: cluster system identifier and database OID; null if the role may not read it).
     */
    record Result(String walLevel, List<String> missingTables, String sourceId) {
        boolean ready() {
            return "logical".equals(walLevel) && missingTables.isEmpty();
        }
    }

    static Result check(CdcConfig config) throws SQLException {
        PostgresSource pg = config.postgres();
        try (Connection connection = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password())) {
            String walLevel = walLevel(connection);
            List<String> missing = new ArrayList<>();
            for (String table : config.tables()) {
                if (!exists(connection, table)) {
                    missing.add(table);
                }
            }
            // Only once the business tables exist: oltp-app's Flyway refuses to migrate a schema that is
            // not empty and has no history yet, so creating our table first would block its first start.
            if (missing.isEmpty()) {
                fullReplicaIdentity(connection, config.tables());
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE IF NOT EXISTS " + CdcConfig.HEARTBEAT_TABLE
                            + " (id int PRIMARY KEY, beat_at timestamptz NOT NULL)");
                    // Debezium's signal table, in the shape it requires (id, type, data: three text columns in
                    // this order); its own window rows have 42-character ids.
                    statement.execute("CREATE TABLE IF NOT EXISTS " + CdcConfig.SIGNAL_TABLE
                            + " (id varchar(64) PRIMARY KEY, type varchar(32) NOT NULL, data text)");
                }
            }
            return new Result(walLevel, List.copyOf(missing), sourceId(connection));
        }
    }

    /**
     * Debezium sets REPLICA IDENTITY FULL too, but only once it starts streaming, after its snapshots: a row changed
     * before that (during an initial snapshot, or right after a table joined the captured set) would be logged
     * without its before-image, and a stage move or owner change would arrive without where it came from. So it is
     * set here, before the engine starts; only where missing, since ALTER TABLE locks the table.
     */
    private static void fullReplicaIdentity(Connection connection, List<String> tables) throws SQLException {
        for (String table : tables) {
            boolean full;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT relreplident = 'f' FROM pg_class WHERE oid = to_regclass(?)")) {
                query.setString(1, table);
                try (ResultSet rs = query.executeQuery()) {
                    full = !rs.next() || rs.getBoolean(1);
                }
            }
            if (!full) {
                try (Statement alter = connection.createStatement()) {
                    // The name is a checked schema.table from the configuration (CdcConfig), not input.
                    alter.execute("ALTER TABLE " + table + " REPLICA IDENTITY FULL");
                }
            }
        }
    }

    private static String walLevel(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW wal_level")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String sourceId(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT (SELECT system_identifier FROM pg_control_system())"
                        + " || ':' || (SELECT oid FROM pg_database WHERE datname = current_database())")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            // pg_control_system() may be restricted; the check it feeds is a safety net, not a prerequisite.
            return null;
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
