package io.pulsecrm.localstack.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates role crm (LOGIN REPLICATION, for Debezium's slot) and databases crm and crm_bench owned by it, if
 * missing, and the statement statistics crm may read.
 */
final class PgBootstrap {

    private PgBootstrap() {}

    static void ensureCrmDatabase(int port, String superuser, String password) {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, superuser, password); Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", PostgresServer.USER)) {
                s.execute(PgInitSql.createRole());
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", PostgresServer.DATABASE)) {
                s.execute(PgInitSql.createDatabase());
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", PostgresServer.BENCH_DATABASE)) {
                s.execute(PgInitSql.createBenchDatabase());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create role/database crm on port " + port + ": " + e.getMessage(), e);
        }
        String crm = "jdbc:postgresql://127.0.0.1:" + port + "/" + PostgresServer.DATABASE;
        try (Connection c = DriverManager.getConnection(crm, superuser, password); Statement s = c.createStatement()) {
            for (String statement : PgInitSql.statementStatistics()) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up statement statistics on port " + port + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
