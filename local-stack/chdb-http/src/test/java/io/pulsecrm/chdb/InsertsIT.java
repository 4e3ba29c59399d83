package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.clickhouse.jdbc.StatementImpl;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(SharedChdbServer.class)
class InsertsIT {

    private static final String EVENTS = """
            CREATE TABLE events (id Int64, payload String, version UInt64)
            ENGINE = ReplacingMergeTree(version) ORDER BY id
            SETTINGS non_replicated_deduplication_window = 100""";

    @Test
    void aBatchOfTenThousandRowsIsInsertedWithOneUpdateCountPerRow(ChdbProcess server) throws Exception {
        try (Connection connection = Jdbc.connect(server)) {
            // given
            Jdbc.useFreshDatabase(connection);
            SchemaAndQueriesIT.execute(connection, EVENTS);

            // when
            int[] counts;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (id, payload, version) VALUES (?, ?, ?)")) {
                for (int id = 0; id < 10_000; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "row " + id);
                    insert.setLong(3, 1);
                    insert.addBatch();
                }
                counts = insert.executeBatch();
            }

            // then
            assertThat(counts).hasSize(10_000).containsOnly(1);
            assertThat(count(connection, "SELECT count(), sum(id) FROM events")).isEqualTo("10000 49995000");
        }
    }

    @Test
    void theUpdateCountOfAnInsertSelectIsTheNumberOfRowsWritten(ChdbProcess server) throws Exception {
        try (Connection connection = Jdbc.connect(server); Statement statement = connection.createStatement()) {
            // given
            Jdbc.useFreshDatabase(connection);
            statement.execute(EVENTS);

            // when
            int written = statement.executeUpdate("INSERT INTO events SELECT number, 'x', 1 FROM numbers(1234)");

            // then
            assertThat(written).isEqualTo(1234);
        }
    }

    @ParameterizedTest(name = "url options \"{0}\"")
    @ValueSource(strings = {"", "?beta.row_binary_for_simple_insert=true"})
    void textWithBlankLinesSurvivesAJdbcInsert(String urlOptions, ChdbProcess server) throws Exception {
        // the driver sends a batch as INSERT ... VALUES text, or as RowBinary when asked to (then it ignores
        // the connection's schema, against a real server too, hence the qualified table name)
        try (Connection connection = Jdbc.connect(server, urlOptions)) {
            // given: chDB would cut inline insert data at the first "\n\n"
            String database = Jdbc.useFreshDatabase(connection);
            SchemaAndQueriesIT.execute(connection, EVENTS);
            String text = "first\n\n\nafter blank lines\r\n\r\n\t'quoted' \\ end\n\n";

            // when
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + database + ".events VALUES (?, ?, ?)")) {
                for (int id = 1; id <= 3; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, text + id);
                    insert.setLong(3, 1);
                    insert.addBatch();
                }
                insert.executeBatch();
            }

            // then
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT payload FROM events ORDER BY id")) {
                for (int id = 1; id <= 3; id++) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(text + id);
                }
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void binaryRowBinaryDataContainingBlankLinesIsStoredByteForByte(ChdbProcess server) throws Exception {
        // given: RowBinary rows whose payloads hold "\n\n", a leading newline and every byte value
        Http http = new Http(server);
        String database = "bin_" + System.nanoTime();
        http.query("CREATE DATABASE " + database);
        http.query("CREATE TABLE " + database + ".blobs (id Int64, payload String) ENGINE = MergeTree ORDER BY id");
        byte[] everyByte = new byte[256];
        for (int i = 0; i < 256; i++) {
            everyByte[i] = (byte) i;
        }
        byte[][] payloads = {"\n\nstarts blank".getBytes(StandardCharsets.UTF_8), everyByte, "a\n\n\n\nb".getBytes(StandardCharsets.UTF_8)};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("INSERT INTO " + database + ".blobs FORMAT RowBinary\n").getBytes(StandardCharsets.UTF_8));
        for (int id = 0; id < payloads.length; id++) {
            body.writeBytes(littleEndian(id));
            body.write(payloads[id].length == 256 ? 0x80 : payloads[id].length);
            if (payloads[id].length == 256) {
                body.write(0x02);
            }
            body.writeBytes(payloads[id]);
        }

        // when
        HttpResponse<byte[]> insert = http.post("", body.toByteArray());

        // then
        assertThat(insert.statusCode()).as(new String(insert.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(insert.headers().firstValue("X-ClickHouse-Summary").orElseThrow()).contains("\"written_rows\":\"3\"");
        String hex = http.query("SELECT hex(payload) FROM " + database + ".blobs ORDER BY id");
        assertThat(hex.lines()).containsExactly(Arrays.stream(payloads).map(HexFormat.of().withUpperCase()::formatHex).toArray(String[]::new));
    }

    @Test
    void theQueryParameterAndTheBodyFormOneStatement(ChdbProcess server) throws Exception {
        // given: the INSERT in the URL, CSV with blank lines inside a quoted value in the body
        Http http = new Http(server);
        String database = "qp_" + System.nanoTime();
        http.query("CREATE DATABASE " + database);
        http.query("CREATE TABLE " + database + ".t (id Int64, s String) ENGINE = MergeTree ORDER BY id");

        // when
        HttpResponse<String> insert = http.post("query=" + Http.encode("INSERT INTO " + database + ".t FORMAT CSV"), "1,\"a\n\nb\"\n2,c\n");

        // then
        assertThat(insert.statusCode()).as(insert.body()).isEqualTo(200);
        assertThat(http.query("SELECT id, s FROM " + database + ".t ORDER BY id")).isEqualTo("1\ta\\n\\nb\n2\tc\n");
    }

    @Test
    void aRetriedBatchWithTheSameDeduplicationTokenIsInsertedOnce(ChdbProcess server) throws Exception {
        try (Connection connection = Jdbc.connect(server, "?compress=false")) {
            // given: the warehouse sink's way of tagging a batch
            Jdbc.useFreshDatabase(connection);
            SchemaAndQueriesIT.execute(connection, "CREATE TABLE facts (id Int64, version UInt64) ENGINE = MergeTree ORDER BY id"
                    + " SETTINGS non_replicated_deduplication_window = 100");

            // when: the same batch twice (a retry after a crash), then a different batch with the same rows
            insertBatch(connection, "cdc.opportunity:0:100-199");
            insertBatch(connection, "cdc.opportunity:0:100-199");
            insertBatch(connection, "cdc.opportunity:0:200-299");

            // then
            assertThat(count(connection, "SELECT count() FROM facts")).isEqualTo("200");
        }
    }

    @Test
    void aPerRequestSettingDoesNotLeakIntoTheNextRequest(ChdbProcess server) throws Exception {
        // given
        Http http = new Http(server);

        // when
        var limited = http.post("max_result_rows=1&result_overflow_mode=throw", "SELECT number FROM numbers(5)");
        var unlimited = http.post("", "SELECT count() FROM (SELECT number FROM numbers(5))");

        // then
        assertThat(limited.statusCode()).isEqualTo(500);
        assertThat(limited.body()).contains("TOO_MANY_ROWS_OR_BYTES");
        assertThat(unlimited.body()).isEqualTo("5\n");
    }

    private static void insertBatch(Connection connection, String token) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO facts (id, version) VALUES (?, ?)")) {
            insert.unwrap(StatementImpl.class).getLocalSettings().serverSetting("insert_deduplication_token", token);
            for (int id = 0; id < 100; id++) {
                insert.setLong(1, id);
                insert.setLong(2, 1);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static String count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            StringBuilder row = new StringBuilder(rs.getString(1));
            for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(' ').append(rs.getString(i));
            }
            return row.toString();
        }
    }

    private static byte[] littleEndian(long value) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }
}
