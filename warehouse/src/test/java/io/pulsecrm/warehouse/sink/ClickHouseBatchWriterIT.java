package io.pulsecrm.warehouse.sink;

import io.pulsecrm.warehouse.ClickHouseConfig;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.WarehouseStack;
import io.pulsecrm.warehouse.query.SinkProgress;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The insert path on the real endpoint: deduplication token, types, progress row. */
class ClickHouseBatchWriterIT {

    private static final TopicPartition PARTITION = new TopicPartition("cdc.opportunity", 2);
    private static final Instant COMMIT = Instant.parse("2025-11-23T17:46:40.123Z");

    private DataSource dataSource;
    private ClickHouseBatchWriter writer;

    @BeforeEach
    void freshDatabase() {
        ClickHouseConfig config = WarehouseStack.clickHouse()
                .withDatabase("crm_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        ClickHouseMigrations.apply(config);
        dataSource = ClickHouseDataSources.create(config);
        writer = new ClickHouseBatchWriter(dataSource, Map.of(OpportunityRow.TABLE, OpportunityRow.INSERT));
    }

    private static OpportunityRow deal(long id, long version) {
        return new OpportunityRow(id, "Deal " + id, new BigDecimal("1234567890123456.78"), 3, "LOST", "budget, \"cut\"\n",
                LocalDate.of(2026, 1, 31), COMMIT.minusSeconds(60), COMMIT, COMMIT, 2, version, (byte) 0, COMMIT);
    }

    private static Batch batch(long firstOffset, OpportunityRow... rows) {
        Batch batch = new Batch(PARTITION, OpportunityRow.TABLE, firstOffset, 0);
        for (int i = 0; i < rows.length; i++) {
            byte[] key = Long.toString(rows[i].id()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] value = rows[i].toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            batch.add(firstOffset + i, key, value, rows[i]);
        }
        return batch;
    }

    @Test
    void batchWrittenTwiceWithTheSameTokenIsStoredOnce() throws SQLException {
        writer.write(List.of(batch(40, deal(1, 100), deal(2, 101), deal(3, 102))), Instant.now());

        writer.write(List.of(batch(40, deal(1, 100), deal(2, 101), deal(3, 102))), Instant.now());

        assertThat(count("SELECT count() FROM opportunity")).isEqualTo(3);
    }

    @Test
    void replayUnderAnotherTokenIsStoredButFinalKeepsOneVersionPerId() throws SQLException {
        writer.write(List.of(batch(40, deal(1, 100), deal(2, 101))), Instant.now());

        writer.write(List.of(batch(41, deal(1, 100), deal(2, 101))), Instant.now());

        assertThat(count("SELECT count() FROM opportunity")).isEqualTo(4);
        assertThat(count("SELECT count() FROM opportunity FINAL")).isEqualTo(2);
    }

    @Test
    void recreatedTopicReusingOffsetsIsNotMistakenForARetry() throws SQLException {
        writer.write(List.of(batch(0, deal(1, 100), deal(2, 101))), Instant.now());

        writer.write(List.of(batch(0, deal(3, 200), deal(4, 201))), Instant.now());

        assertThat(count("SELECT count() FROM opportunity FINAL")).isEqualTo(4);
    }

    @Test
    void rowRoundTripsWithItsTypesAndProgressIsRecorded() throws SQLException {
        Instant now = Instant.parse("2026-01-02T03:04:05.678Z");

        writer.write(List.of(batch(7, deal(9, 555))), now);

        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("""
                     SELECT amount, lost_reason, expected_close_date, toUnixTimestamp64Milli(closed_at) AS closed_ms,
                            toUnixTimestamp64Milli(commit_ts) AS commit_ms, version, is_deleted
                     FROM opportunity FINAL WHERE id = ?
                     """)) {
            q.setLong(1, 9);
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBigDecimal("amount")).isEqualByComparingTo("1234567890123456.78");
                assertThat(rs.getString("lost_reason")).isEqualTo("budget, \"cut\"\n");
                assertThat(rs.getObject("expected_close_date", LocalDate.class)).isEqualTo(LocalDate.of(2026, 1, 31));
                assertThat(rs.getLong("closed_ms")).isEqualTo(COMMIT.toEpochMilli());
                assertThat(rs.getLong("commit_ms")).isEqualTo(COMMIT.toEpochMilli());
                assertThat(rs.getLong("version")).isEqualTo(555);
                assertThat(rs.getInt("is_deleted")).isZero();
            }
        }
        try (SinkProgress progress = new SinkProgress(dataSource)) {
            assertThat(progress.latest()).containsExactly(Map.entry("opportunity",
                    new SinkProgress.Watermark("opportunity", now, COMMIT, 555, 1)));
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement(sql);
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
