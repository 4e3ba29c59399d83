package io.pulsecrm.warehouse.sink;

import com.clickhouse.jdbc.StatementImpl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Inserts batches, each as one PreparedStatement batch carrying its deduplication token, then one
 * {@code sink_progress} row per table written. Any failure is thrown to the caller, which retries
 * the same batches (same tokens) without committing offsets.
 */
final class ClickHouseBatchWriter implements BatchWriter {

    static final String INSERT_PROGRESS = """
            INSERT INTO sink_progress (table_name, updated_at, last_commit_ts, last_version, batch_rows)
            VALUES (?, ?, ?, ?, ?)
            """;

    private final DataSource dataSource;
    private final Map<String, String> insertByTable;
    private Connection connection;

    ClickHouseBatchWriter(DataSource dataSource, Map<String, String> insertByTable) {
        this.dataSource = dataSource;
        this.insertByTable = Map.copyOf(insertByTable);
    }

    /** @return the number of rows sent */
    @Override
    public long write(List<Batch> batches, Instant now) throws SQLException {
        try {
            Connection c = connection();
            long rows = 0;
            for (Batch batch : batches) {
                if (!batch.rows().isEmpty()) {
                    insert(c, batch);
                    rows += batch.rows().size();
                }
            }
            recordProgress(c, batches, now);
            return rows;
        } catch (SQLException | RuntimeException e) {
            // the HTTP client may be in any state after an outage; start afresh on the next try
            close();
            throw e;
        }
    }

    private void insert(Connection c, Batch batch) throws SQLException {
        String sql = insertByTable.get(batch.table());
        if (sql == null) {
            throw new IllegalStateException("no INSERT for table " + batch.table());
        }
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            insert.unwrap(StatementImpl.class).getLocalSettings()
                    .serverSetting("insert_deduplication_token", batch.deduplicationToken());
            for (SinkRow row : batch.rows()) {
                row.bind(insert);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void recordProgress(Connection c, List<Batch> batches, Instant now) throws SQLException {
        Map<String, Progress> byTable = new TreeMap<>();
        for (Batch batch : batches) {
            if (!batch.rows().isEmpty()) {
                byTable.merge(batch.table(), Progress.of(batch), Progress::plus);
            }
        }
        if (byTable.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_PROGRESS)) {
            for (Map.Entry<String, Progress> e : byTable.entrySet()) {
                insert.setString(1, e.getKey());
                insert.setObject(2, now);
                insert.setObject(3, e.getValue().lastCommitTs());
                insert.setLong(4, e.getValue().lastVersion());
                insert.setLong(5, e.getValue().rows());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
        }
        return connection;
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing a broken HTTP connection: nothing left to release
            }
            connection = null;
        }
    }

    private record Progress(Instant lastCommitTs, long lastVersion, long rows) {

        static Progress of(Batch batch) {
            return new Progress(batch.maxCommitTs(), batch.maxVersion(), batch.rows().size());
        }

        Progress plus(Progress other) {
            return new Progress(
                    lastCommitTs.isAfter(other.lastCommitTs) ? lastCommitTs : other.lastCommitTs,
                    Math.max(lastVersion, other.lastVersion),
                    rows + other.rows);
        }
    }
}
