package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures and reports rates through the real driver; asserts only correctness (the machine is shared). */
@ExtendWith(SharedChdbServer.class)
class ThroughputIT {

    private static final Logger log = LoggerFactory.getLogger(ThroughputIT.class);
    private static final int BATCHES = 20;
    private static final int BATCH_SIZE = 1_000;
    private static final int POINT_SELECTS = 500;

    /** The driver sends a batch as INSERT ... VALUES text by default, as RowBinary when asked to. */
    @ParameterizedTest(name = "url options \"{0}\"")
    @ValueSource(strings = {"?compress=false", "?compress=false&beta.row_binary_for_simple_insert=true"})
    void reportsBatchedInsertAndPointSelectRates(String urlOptions, ChdbProcess server) throws Exception {
        try (Connection connection = Jdbc.connect(server, urlOptions)) {
            // given: a fact table shaped like the warehouse's
            String database = Jdbc.useFreshDatabase(connection);
            SchemaAndQueriesIT.execute(connection, """
                    CREATE TABLE facts (id Int64, stage_id Int32, status LowCardinality(String), amount Decimal(18, 2),
                                        commit_ts DateTime64(3, 'UTC'), version UInt64, is_deleted UInt8)
                    ENGINE = ReplacingMergeTree(version, is_deleted) ORDER BY id
                    SETTINGS non_replicated_deduplication_window = 1000""");

            // when: batches of 1,000 rows, as the sink writes them
            long insertStart = System.nanoTime();
            for (int batch = 0; batch < BATCHES; batch++) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + database + ".facts VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    insert.unwrap(com.clickhouse.jdbc.StatementImpl.class).getLocalSettings()
                            .serverSetting("insert_deduplication_token", "facts:0:" + batch);
                    for (int i = 0; i < BATCH_SIZE; i++) {
                        long id = (long) batch * BATCH_SIZE + i;
                        insert.setLong(1, id);
                        insert.setInt(2, (int) (id % 7));
                        insert.setString(3, id % 3 == 0 ? "WON" : "OPEN");
                        insert.setBigDecimal(4, java.math.BigDecimal.valueOf(id, 2));
                        insert.setObject(5, java.time.Instant.ofEpochMilli(1_763_920_000_000L + id));
                        insert.setLong(6, id);
                        insert.setInt(7, 0);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            double insertSeconds = (System.nanoTime() - insertStart) / 1e9;

            Random random = new Random(1);
            long selectStart = System.nanoTime();
            long found = 0;
            try (PreparedStatement select = connection.prepareStatement("SELECT amount, status FROM facts FINAL WHERE id = ?")) {
                for (int i = 0; i < POINT_SELECTS; i++) {
                    select.setLong(1, random.nextInt(BATCHES * BATCH_SIZE));
                    try (ResultSet rs = select.executeQuery()) {
                        found += rs.next() ? 1 : 0;
                    }
                }
            }
            double selectSeconds = (System.nanoTime() - selectStart) / 1e9;

            // then
            String report = String.format("chdb-http throughput (" + urlOptions + "): batched insert %,.0f rows/s (%d x %d rows in %.2f s, %.1f ms/batch);"
                            + " point SELECT ... FINAL %,.0f queries/s (%.2f ms each)",
                    BATCHES * BATCH_SIZE / insertSeconds, BATCHES, BATCH_SIZE, insertSeconds, insertSeconds * 1000 / BATCHES,
                    POINT_SELECTS / selectSeconds, selectSeconds * 1000 / POINT_SELECTS);
            log.info(report);
            System.out.println(report);
            assertThat(InsertsIT.count(connection, "SELECT count() FROM facts")).isEqualTo(Integer.toString(BATCHES * BATCH_SIZE));
            assertThat(found).isEqualTo(POINT_SELECTS);
        }
    }
}
