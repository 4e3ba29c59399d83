package io.pulsecrm.warehouse.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The sink's watermark per table: one cheap query over a table of a few rows, made to be polled
 * (the dashboards ask every 100 ms and re-read the charts only when a watermark moved).
 *
 * <p>Keeps one connection between calls (opening one per call costs about as much as the query
 * itself) and drops it after a failure; {@link #close()} releases it. Thread-safe.
 */
public final class SinkProgress implements AutoCloseable {

    // Times as epoch milliseconds: no time-zone conversion between server, driver and JVM.
    static final String LATEST = """
            SELECT table_name,
                   toUnixTimestamp64Milli(updated_at)     AS updated_at_ms,
                   toUnixTimestamp64Milli(last_commit_ts) AS last_commit_ts_ms,
                   last_version,
                   batch_rows
            FROM sink_progress FINAL
            """;

    /**
     * The last batch the sink wrote into one table.
     *
     * @param updatedAt    when the sink wrote it (sink clock); changes with every batch
     * @param lastCommitTs newest source commit time in that batch (data freshness)
     * @param lastVersion  highest row version (LSN) in that batch
     * @param batchRows    rows in that batch
     */
    public record Watermark(String table, Instant updatedAt, Instant lastCommitTs, long lastVersion, long batchRows) {
    }

    private final DataSource dataSource;
    private Connection connection;

    public SinkProgress(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Table name → its watermark; tables the sink has not written yet are absent. */
    public synchronized Map<String, Watermark> latest() {
        try {
            return query(connection());
        } catch (SQLException e) {
            close();
            throw new WarehouseQueryException("sink progress", e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
        }
        return connection;
    }

    private static Map<String, Watermark> query(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(LATEST);
             ResultSet rs = query.executeQuery()) {
            Map<String, Watermark> watermarks = new TreeMap<>();
            while (rs.next()) {
                String table = rs.getString("table_name");
                watermarks.put(table, new Watermark(table,
                        Instant.ofEpochMilli(rs.getLong("updated_at_ms")),
                        Instant.ofEpochMilli(rs.getLong("last_commit_ts_ms")),
                        rs.getLong("last_version"),
                        rs.getLong("batch_rows")));
            }
            return watermarks;
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is being dropped anyway
            }
            connection = null;
        }
    }
}
