package io.pulsecrm.chdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/** clickhouse-jdbc 0.9.9 connections, configured as the applications configure theirs. */
final class Jdbc {

    private Jdbc() {}

    /** Driver defaults: ClickHouse LZ4 framing of responses on. */
    static Connection connect(ChdbProcess server) throws SQLException {
        return connect(server, "");
    }

    /** @param urlOptions e.g. {@code ?compress=false} */
    static Connection connect(ChdbProcess server, String urlOptions) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "default");
        properties.setProperty("password", "");
        return DriverManager.getConnection(server.jdbcUrl() + urlOptions, properties);
    }

    /** A new database only this test uses, set as the connection's schema. */
    static String useFreshDatabase(Connection connection) throws SQLException {
        String database = "it_" + UUID.randomUUID().toString().replace("-", "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        connection.setSchema(database);
        return database;
    }
}
