package io.pulsecrm.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/** Reads what a manager's dashboard would see: the open count of one stage in ClickHouse. */
final class ClickHouseProbe implements AutoCloseable {

    private static final String OPEN_COUNT = """
            SELECT argMax(open_count, version)
            FROM pipeline_by_stage
            WHERE stage_id = ?
            """;

    private final Connection connection;
    private final PreparedStatement openCount;

    ClickHouseProbe(String jdbcUrl, String database, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("database", database);
        this.connection = DriverManager.getConnection(jdbcUrl, props);
        this.openCount = connection.prepareStatement(OPEN_COUNT);
    }

    long openCount(long stageId) throws SQLException {
        openCount.setLong(1, stageId);
        try (ResultSet rs = openCount.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
