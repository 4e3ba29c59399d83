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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The insert path on the real endpoint: one INSERT per table per round, deduplication token, types, progress rows. */
class ClickHouseBatchWriterIT {

    private static final TopicPartition PARTITION = new TopicPartition("cdc.opportunity", 2);
    private static final String DEALS = "cdc.opportunity";
    private static final String STAGES = "cdc.opportunity_stage";
    private static final Instant COMMIT = Instant.parse("2025-11-23T17:46:40.123Z");

    private static final String ONE_INSERT = "all_(\\d+)_\\1_\\d+";
    private static final Map<String, String> INSERTS = Map.of(
            OpportunityRow.TABLE, OpportunityRow.INSERT, OpportunityStageRow.TABLE, OpportunityStageRow.INSERT);

    private DataSource dataSource;
    private ClickHouseBatchWriter writer;

    @BeforeEach
    void freshDatabase() {
        ClickHouseConfig config = WarehouseStack.clickHouse()
                .withDatabase("crm_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        ClickHouseMigrations.apply(config);
        dataSource = ClickHouseDataSources.create(config);
        writer = new ClickHouseBatchWriter(dataSource, INSERTS);
    }

    private static OpportunityRow deal(long id, long version) {
        return new OpportunityRow(id, "Deal " + id, new BigDecimal("1234567890123456.78"), 3, "LOST", "budget, \"cut\"\n",
                LocalDate.of(2026, 1, 31), COMMIT, 7, 2, null, null, new CapturedChange(COMMIT.minusSeconds(60), COMMIT, 2, version, (byte) 0, COMMIT));
    }

    private static OpportunityStageRow stage(long id, long version) {
        return new OpportunityStageRow(id, "Stage " + id, (int) id, new BigDecimal("25.00"),
                new CapturedChange(COMMIT, COMMIT, 1, version, (byte) 0, COMMIT));
    }

    private static Round round(Batch... batches) {
        return Round.of(List.of(batches));
    }

    private static Batch batch(long firstOffset, OpportunityRow... rows) {
        return batch(PARTITION, OpportunityRow.TABLE, firstOffset, rows);
    }

    private static Batch batch(TopicPartition partition, String table, long firstOffset, SinkRow... rows) {
        Batch batch = new Batch(partition, table, firstOffset, 0);
        for (int i = 0; i < rows.length; i++) {
            byte[] key = Long.toString(i).getBytes(StandardCharsets.UTF_8);
            byte[] value = rows[i].toString().getBytes(StandardCharsets.UTF_8);
            batch.add(firstOffset + i, key, value, rows[i]);
        }
        return batch;
    }

    /** Three partitions of cdc.opportunity and two of cdc.opportunity_stage, due together. */
    private static Round roundOfFivePartitions() {
        return round(
                batch(new TopicPartition(DEALS, 0), OpportunityRow.TABLE, 10, deal(1, 100), deal(2, 101)),
                batch(new TopicPartition(DEALS, 1), OpportunityRow.TABLE, 20, deal(3, 102)),
                batch(new TopicPartition(DEALS, 2), OpportunityRow.TABLE, 30, deal(4, 103), deal(5, 104)),
                batch(new TopicPartition(STAGES, 0), OpportunityStageRow.TABLE, 5, stage(1, 200)),
                batch(new TopicPartition(STAGES, 2), OpportunityStageRow.TABLE, 8, stage(2, 201)));
    }

    @Test
    void roundOfSeveralPartitionsIsOneInsertPerTableAndOneIntoSinkProgress() throws SQLException {
        Instant now = Instant.parse("2026-01-02T03:04:05.678Z");

        writer.write(roundOfFivePartitions(), now);

        // each INSERT takes one block number, so one part spanning a single block is one INSERT
        // (all_<min>_<max>_<level>: parts merged from several inserts would span several blocks)
        assertThat(parts("opportunity")).singleElement().asString().matches(ONE_INSERT);
        assertThat(parts("opportunity_stage")).singleElement().asString().matches(ONE_INSERT);
        assertThat(parts("sink_progress")).singleElement().asString().matches(ONE_INSERT);
        assertThat(count("SELECT count() FROM opportunity")).isEqualTo(5);
        assertThat(count("SELECT count() FROM opportunity_stage")).isEqualTo(2);
        try (SinkProgress progress = new SinkProgress(dataSource)) {
            assertThat(progress.latest()).containsOnly(
                    Map.entry("opportunity", new SinkProgress.Watermark("opportunity", now, COMMIT, 104, 5)),
                    Map.entry("opportunity_stage", new SinkProgress.Watermark("opportunity_stage", now, COMMIT, 201, 2)));
        }
    }

    @Test
    void roundRetriedAfterAnOutageStoresEveryRowOnce() throws SQLException {
        // the table inserts go through, then ClickHouse fails before sink_progress: the loop retries the round
        ClickHouseBatchWriter failingOnce = new ClickHouseBatchWriter(FailingDataSource.failFirst(dataSource, "sink_progress"), INSERTS);
        Round round = roundOfFivePartitions();
        assertThatThrownBy(() -> failingOnce.write(round, Instant.now())).isInstanceOf(SQLException.class);

        failingOnce.write(round, Instant.now());

        assertThat(count("SELECT count() FROM opportunity")).isEqualTo(5);
        assertThat(count("SELECT count() FROM opportunity_stage")).isEqualTo(2);
        assertThat(count("SELECT count() FROM sink_progress")).isEqualTo(2);
    }

    @Test
    void samePartitionsWithOtherRecordsAreNotMistakenForARetry() throws SQLException {
        writer.write(round(
                batch(new TopicPartition(DEALS, 0), OpportunityRow.TABLE, 0, deal(1, 100)),
                batch(new TopicPartition(DEALS, 1), OpportunityRow.TABLE, 0, deal(2, 101))), Instant.now());

        writer.write(round(
                batch(new TopicPartition(DEALS, 0), OpportunityRow.TABLE, 0, deal(3, 200)),
                batch(new TopicPartition(DEALS, 1), OpportunityRow.TABLE, 0, deal(4, 201))), Instant.now());

        assertThat(count("SELECT count() FROM opportunity FINAL")).isEqualTo(4);
    }

    @Test
    void batchWrittenTwiceWithTheSameTokenIsStoredOnce() throws SQLException {
        writer.write(round(batch(40, deal(1, 100), deal(2, 101), deal(3, 102))), Instant.now());

        writer.write(round(batch(40, deal(1, 100), deal(2, 101), deal(3, 102))), Instant.now());

        assertThat(count("SELECT count() FROM opportunity")).isEqualTo(3);
    }

    @Test
    void replayUnderAnotherTokenIsStoredButFinalKeepsOneVersionPerId() throws SQLException {
        writer.write(round(batch(40, deal(1, 100), deal(2, 101))), Instant.now());

        writer.write(round(batch(41, deal(1, 100), deal(2, 101))), Instant.now());

        assertThat(count("SELECT count() FROM opportunity")).isEqualTo(4);
        assertThat(count("SELECT count() FROM opportunity FINAL")).isEqualTo(2);
    }

    @Test
    void recreatedTopicReusingOffsetsIsNotMistakenForARetry() throws SQLException {
        writer.write(round(batch(0, deal(1, 100), deal(2, 101))), Instant.now());

        writer.write(round(batch(0, deal(3, 200), deal(4, 201))), Instant.now());

        assertThat(count("SELECT count() FROM opportunity FINAL")).isEqualTo(4);
    }

    @Test
    void rowRoundTripsWithItsTypesAndProgressIsRecorded() throws SQLException {
        Instant now = Instant.parse("2026-01-02T03:04:05.678Z");

        writer.write(round(batch(7, deal(9, 555))), now);

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

    private List<String> parts(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT DISTINCT _part FROM " + table + " ORDER BY _part");
             ResultSet rs = q.executeQuery()) {
            List<String> parts = new ArrayList<>();
            while (rs.next()) {
                parts.add(rs.getString(1));
            }
            return parts;
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
