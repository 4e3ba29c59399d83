package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(SharedChdbServer.class)
class CompressionIT {

    @ParameterizedTest(name = "url options \"{0}\"")
    @ValueSource(strings = {"", "?compress=false", "?compress=true&decompress=true", "?compress=false&decompress=true"})
    void theDriverReadsAndWritesWithAndWithoutClickHouseCompression(String urlOptions, ChdbProcess server) throws Exception {
        try (Connection connection = Jdbc.connect(server, urlOptions)) {
            // given
            Jdbc.useFreshDatabase(connection);
            SchemaAndQueriesIT.execute(connection, "CREATE TABLE t (id Int64, s String) ENGINE = MergeTree ORDER BY id");

            // when: a batch bigger than one compressed block each way
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                for (int id = 0; id < 30_000; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "value-" + id + "-".repeat(id % 50));
                    insert.addBatch();
                }
                insert.executeBatch();
            }

            // then
            long rows = 0;
            long checksum = 0;
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT id, s FROM t ORDER BY id")) {
                while (rs.next()) {
                    assertThat(rs.getString(2)).isEqualTo("value-" + rs.getLong(1) + "-".repeat((int) (rs.getLong(1) % 50)));
                    checksum += rs.getLong(1);
                    rows++;
                }
            }
            assertThat(rows).isEqualTo(30_000);
            assertThat(checksum).isEqualTo(30_000L * 29_999 / 2);
        }
    }

    @Test
    void aCompressedResponseIsFramedAsClickHouseBlocks(ChdbProcess server) throws Exception {
        // when
        HttpResponse<byte[]> response = new Http(server).post("compress=1", "SELECT 1".getBytes());

        // then: checksum, LZ4 method byte, sizes, then the block
        byte[] body = response.body();
        assertThat(body[16]).isEqualTo((byte) 0x82);
        assertThat(CompressedBlocks.readIntLE(body, 17)).isEqualTo(body.length - 16);
        assertThat(new CompressedBlockInputStream(new java.io.ByteArrayInputStream(body), true).readAllBytes()).isEqualTo("1\n".getBytes());
    }

    @Test
    void aGzipEncodedRequestBodyIsDecoded(ChdbProcess server) throws Exception {
        HttpResponse<String> response = new Http(server).postGzip("", "SELECT 'gzip' || 'ped'".getBytes());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("gzipped\n");
    }
}
