package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedChdbServer.class)
class SchemaAndQueriesIT {

    private static final String OPPORTUNITY = """
            CREATE TABLE opportunity (
                id Int64, owner_id UInt64, probability UInt8, stage_id Int32, name String,
                status LowCardinality(String), amount Decimal(18, 2), expected_close_date Date,
                commit_ts DateTime64(3, 'UTC'), lost_reason Nullable(String), closed_days Nullable(Int32),
                tags Array(String), version UInt64, is_deleted UInt8,
                inserted_at DateTime64(3, 'UTC') DEFAULT now64(3)
            ) ENGINE = ReplacingMergeTree(version, is_deleted)
            PARTITION BY toYYYYMM(expected_close_date)
            ORDER BY id
            SETTINGS non_replicated_deduplication_window = 1000""";

    private static final String INSERT = """
            INSERT INTO opportunity (id, owner_id, probability, stage_id, name, status, amount, expected_close_date,
                                     commit_ts, lost_reason, closed_days, tags, version, is_deleted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Test
    void everyColumnTypeTheWarehouseUsesReadsBackAsWritten(ChdbProcess server) throws Exception {
        try (Connection connection = Jdbc.connect(server)) {
            // given
            Jdbc.useFreshDatabase(connection);
            execute(connection, OPPORTUNITY);

            // when
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                bind(insert, 1, new BigInteger("18446744073709551615"), "Acme \"Großauftrag\" 's", "WON", new BigDecimal("1234567890123456.78"),
                        null, null, List.of("enterprise", "中文"), 1, 0);
                insert.addBatch();
                insert.executeBatch();
            }

            // then
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT * FROM opportunity")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong("id")).isEqualTo(1);
                assertThat(rs.getObject("owner_id")).isEqualTo(new BigInteger("18446744073709551615"));
                assertThat(rs.getInt("probability")).isEqualTo(200);
                assertThat(rs.getInt("stage_id")).isEqualTo(-3);
                assertThat(rs.getString("name")).isEqualTo("Acme \"Großauftrag\" 's");
                assertThat(rs.getString("status")).isEqualTo("WON");
                assertThat(rs.getBigDecimal("amount")).isEqualByComparingTo("1234567890123456.78");
                assertThat(rs.getObject("expected_close_date", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 31));
                assertThat(rs.getObject("commit_ts", Instant.class)).isEqualTo(Instant.parse("2026-03-01T08:09:10.123Z"));
                assertThat(rs.getString("lost_reason")).isNull();
                assertThat(rs.getObject("closed_days")).isNull();
                assertThat((Object[]) rs.getArray("tags").getArray()).containsExactly("enterprise", "中文");
                assertThat(rs.getObject("inserted_at", Instant.class)).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void finalKeepsTheLatestVersionAndHidesDeletedRows(ChdbProcess server) throws Exception {
        try (Connection connection = Jdbc.connect(server)) {
            // given: id 1 updated twice, id 2 deleted, id 3 untouched; in separate inserts (separate parts)
            Jdbc.useFreshDatabase(connection);
            execute(connection, OPPORTUNITY);
            insertVersion(connection, 1, "v1", 10, 0);
            insertVersion(connection, 2, "v1", 11, 0);
            insertVersion(connection, 3, "v1", 12, 0);
            insertVersion(connection, 1, "v3", 30, 0);
            insertVersion(connection, 1, "v2", 20, 0);
            insertVersion(connection, 2, "v2", 21, 1);

            // when
            Map<Long, String> rows = new TreeMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT id, name FROM opportunity FINAL ORDER BY id")) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), rs.getString(2));
                }
            }

            // then
            assertThat(rows).containsExactlyEntriesOf(new TreeMap<>(Map.of(1L, "v3", 3L, "v1")));
        }
    }

    @Test
    void groupByAggregatesOverFinalRows(ChdbProcess server) throws Exception {
        try (Connection connection = Jdbc.connect(server)) {
            // given
            Jdbc.useFreshDatabase(connection);
            execute(connection, OPPORTUNITY);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int id = 1; id <= 30; id++) {
                    bind(insert, id, BigInteger.ONE, "deal " + id, id % 3 == 0 ? "WON" : "OPEN", new BigDecimal("10.50"), null, null, List.of(), 1, 0);
                    insert.addBatch();
                }
                insert.executeBatch();
            }

            // when
            List<String> groups = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT status, count() AS deals, sum(amount) AS total FROM opportunity FINAL GROUP BY status ORDER BY status")) {
                while (rs.next()) {
                    groups.add(rs.getString("status") + " " + rs.getLong("deals") + " " + rs.getBigDecimal("total").stripTrailingZeros().toPlainString());
                }
            }

            // then
            assertThat(groups).containsExactly("OPEN 20 210", "WON 10 105");
        }
    }

    @Test
    void boundParametersOfAPreparedStatementSelectTheRightRows(ChdbProcess server) throws Exception {
        try (Connection connection = Jdbc.connect(server)) {
            // given
            Jdbc.useFreshDatabase(connection);
            execute(connection, OPPORTUNITY);
            insertVersion(connection, 1, "it's one", 1, 0);
            insertVersion(connection, 2, "two", 1, 0);

            // when
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM opportunity FINAL WHERE name = ? AND version >= ?")) {
                select.setString(1, "it's one");
                select.setLong(2, 1);
                try (ResultSet rs = select.executeQuery()) {
                    // then
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(1);
                    assertThat(rs.next()).isFalse();
                }
            }
        }
    }

    @Test
    void serverSideQueryParametersAreBoundByType(ChdbProcess server) throws Exception {
        // given
        Http http = new Http(server);

        // when: values in ClickHouse's text escaping, as the HTTP interface takes them
        var response = http.post("param_id=42&param_name=" + Http.encode("O'Brien\\tand tab") + "&param_tags=" + Http.encode("['a','b']"),
                "SELECT {id:Int64} + 1, {name:String}, length({tags:Array(String)})");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("43\tO\\'Brien\\tand tab\t2\n");
    }

    static void execute(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static void insertVersion(Connection connection, long id, String name, long version, int deleted) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, id, BigInteger.TEN, name, "OPEN", BigDecimal.ONE, "none", 5, List.of(name), version, deleted);
            insert.addBatch();
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, long id, BigInteger owner, String name, String status, BigDecimal amount,
            String lostReason, Integer closedDays, List<String> tags, long version, int deleted) throws Exception {
        insert.setLong(1, id);
        insert.setObject(2, owner);
        insert.setInt(3, 200);
        insert.setInt(4, -3);
        insert.setString(5, name);
        insert.setString(6, status);
        insert.setBigDecimal(7, amount);
        insert.setObject(8, LocalDate.of(2026, 3, 31));
        insert.setObject(9, Instant.parse("2026-03-01T08:09:10.123Z"));
        insert.setObject(10, lostReason);
        insert.setObject(11, closedDays);
        insert.setObject(12, tags);
        insert.setLong(13, version);
        insert.setInt(14, deleted);
    }
}
