package io.pulsecrm.dashboards.support;

import io.pulsecrm.localstack.LocalStack;
import io.pulsecrm.warehouse.ClickHouseConfig;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Writes into the real ClickHouse tables what the warehouse sink would: stage facts, new versions of
 * the pipeline aggregate and the sink's progress row. Each test class gets its own database on the
 * shared local-stack endpoint, migrated by the warehouse library, so tests never see each other's rows.
 */
public final class SinkSimulator {

    private static final String INSERT_STAGE = """
            INSERT INTO opportunity_stage
                (id, name, position, win_rate, created_at, updated_at, entity_version, version, is_deleted, commit_ts)
            VALUES (?, ?, ?, ?, fromUnixTimestamp64Milli(?), fromUnixTimestamp64Milli(?), 1, ?, 0, fromUnixTimestamp64Milli(?))
            """;

    private static final String INSERT_AGGREGATE = """
            INSERT INTO pipeline_by_stage (stage_id, open_count, open_amount, weighted_amount, version, commit_ts)
            VALUES (?, ?, ?, ?, ?, fromUnixTimestamp64Milli(?))
            """;

    private static final String INSERT_PROGRESS = """
            INSERT INTO sink_progress (table_name, updated_at, last_commit_ts, last_version, batch_rows)
            VALUES (?, fromUnixTimestamp64Milli(?), fromUnixTimestamp64Milli(?), ?, 1)
            """;

    private final ClickHouseConfig config;
    private final DataSource dataSource;
    private final AtomicLong version = new AtomicLong(1_000);
    private final AtomicLong clock = new AtomicLong(Instant.parse("2025-11-23T08:00:00Z").toEpochMilli());

    private SinkSimulator(ClickHouseConfig config) {
        this.config = config;
        this.dataSource = ClickHouseDataSources.create(config);
    }

    /** A freshly migrated database of its own on the local stack's ClickHouse endpoint. */
    public static SinkSimulator onLocalStack(String database) {
        var ch = LocalStack.shared().clickhouse();
        var config = new ClickHouseConfig(ch.jdbcUrl(), database, ch.user(), ch.password());
        ClickHouseMigrations.apply(config);
        return new SinkSimulator(config);
    }

    public String jdbcUrl() {
        return config.jdbcUrl();
    }

    public String database() {
        return config.database();
    }

    public String user() {
        return config.user();
    }

    public String password() {
        return config.password();
    }

    /** A stage as the sink writes it from {@code cdc.opportunity_stage}. Returns the commit time. */
    public Instant stage(long id, String name, int position, String winRate) {
        long v = version.incrementAndGet();
        long at = clock.addAndGet(1_000);
        execute(INSERT_STAGE, id, name, position, new BigDecimal(winRate), at, at, v, at);
        progress("opportunity_stage", at, v);
        return Instant.ofEpochMilli(at);
    }

    /** A new version of one stage's aggregate, as from {@code analytics.pipeline_by_stage}. Returns the commit time. */
    public Instant aggregate(long stageId, long openCount, String openAmount, String weightedAmount) {
        long v = version.incrementAndGet();
        long at = clock.addAndGet(1_000);
        execute(INSERT_AGGREGATE, stageId, openCount, new BigDecimal(openAmount), new BigDecimal(weightedAmount), v, at);
        progress("pipeline_by_stage", at, v);
        return Instant.ofEpochMilli(at);
    }

    private void progress(String table, long at, long v) {
        execute(INSERT_PROGRESS, table, at, at, v);
    }

    private void execute(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("insert into " + config.database() + " failed: " + e.getMessage(), e);
        }
    }
}
