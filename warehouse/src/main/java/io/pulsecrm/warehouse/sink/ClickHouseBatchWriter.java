package io.pulsecrm.warehouse.sink;

import com.clickhouse.jdbc.StatementImpl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes a round as {@code inserts().size() + 1} statements: each table's rows as one
 * PreparedStatement batch carrying the insert's deduplication token (clickhouse-jdbc sends a batch
 * of {@code INSERT ... VALUES (?, ...)} as one request), then one {@code sink_progress} statement
 * with a row per table written. Any failure is thrown to the caller, which retries the same round
 * (same tokens, so inserts that already went through are dropped by ClickHouse) without committing
 * offsets.
 */
final class ClickHouseBatchWriter implements BatchWriter {

    static final String INSERT_PROGRESS = """
            INSERT INTO sink_progress (table_name, updated_at, last_commit_ts, last_version, batch_rows)
            VALUES (?, ?, ?, ?, ?)
            """;

    /** How an INSERT gets its deduplication token: a driver setting, as JDBC has no standard way. */
    @FunctionalInterface
    interface TokenSetting {

        TokenSetting CLICKHOUSE_JDBC = (insert, token) -> insert.unwrap(StatementImpl.class).getLocalSettings()
                .serverSetting("insert_deduplication_token", token);

        void apply(PreparedStatement insert, String token) throws SQLException;
    }

    private final DataSource dataSource;
    private final Map<String, String> insertByTable;
    private final TokenSetting tokenSetting;
    private Connection connection;

    ClickHouseBatchWriter(DataSource dataSource, Map<String, String> insertByTable) {
        this(dataSource, insertByTable, TokenSetting.CLICKHOUSE_JDBC);
    }

    ClickHouseBatchWriter(DataSource dataSource, Map<String, String> insertByTable, TokenSetting tokenSetting) {
        this.dataSource = dataSource;
        this.insertByTable = Map.copyOf(insertByTable);
        this.tokenSetting = tokenSetting;
    }

    /** @return the number of rows sent */
    @Override
    public long write(Round round, Instant now) throws SQLException {
        try {
            Connection c = connection();
            for (TableInsert insert : round.inserts()) {
                insert(c, insert);
            }
            recordProgress(c, round.inserts(), now);
            return round.rows();
        } catch (SQLException | RuntimeException e) {
            // the HTTP client may be in any state after an outage; start afresh on the next try
            close();
            throw e;
        }
    }

    private void insert(Connection c, TableInsert tableInsert) throws SQLException {
        String sql = insertByTable.get(tableInsert.table());
        if (sql == null) {
            throw new IllegalStateException("no INSERT for table " + tableInsert.table());
        }
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            tokenSetting.apply(insert, tableInsert.deduplicationToken());
            for (SinkRow row : tableInsert.rows()) {
                row.bind(insert);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void recordProgress(Connection c, List<TableInsert> inserts, Instant now) throws SQLException {
        if (inserts.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_PROGRESS)) {
            for (TableInsert written : inserts) {
                insert.setString(1, written.table());
                insert.setObject(2, now);
                insert.setObject(3, written.maxCommitTs());
                insert.setLong(4, written.maxVersion());
                insert.setLong(5, written.rowCount());
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
}
