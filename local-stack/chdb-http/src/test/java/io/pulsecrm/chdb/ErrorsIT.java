package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedChdbServer.class)
class ErrorsIT {

    @Test
    void badSqlSurfacesAsSQLExceptionWithTheServersSyntaxError(ChdbProcess server) throws Exception {
        try (Connection connection = Jdbc.connect(server); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELEC 1"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Code: 62. DB::Exception: Syntax error")
                    .hasMessageContaining("(SYNTAX_ERROR)");
        }
    }

    @Test
    void anUnknownTableSurfacesAsSQLExceptionNamingTheTable(ChdbProcess server) throws Exception {
        try (Connection connection = Jdbc.connect(server, "?compress=false"); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM default.no_such_table"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("no_such_table")
                    .hasMessageContaining("(UNKNOWN_TABLE)");
        }
    }

    @Test
    void errorsCarryClickHouseStatusCodesAndTheExceptionCodeHeader(ChdbProcess server) throws Exception {
        Http http = new Http(server);

        HttpResponse<String> syntax = http.post("", "SELEC 1");
        HttpResponse<String> unknownTable = http.post("", "SELECT * FROM default.no_such_table");
        HttpResponse<String> unknownDatabase = http.post("database=no_such_db", "SELECT 1");
        HttpResponse<String> unknownFormat = http.post("", "SELECT 1 FORMAT NoSuchFormat");
        HttpResponse<String> runtime = http.post("", "SELECT throwIf(1, 'boom')");

        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(syntax.headers().firstValue("X-ClickHouse-Exception-Code")).hasValue("62");
        assertThat(unknownTable.statusCode()).isEqualTo(404);
        assertThat(unknownTable.body()).startsWith("Code: 60. DB::Exception: ").endsWith("(UNKNOWN_TABLE) (version 26.5.1.1)\n");
        assertThat(unknownDatabase.statusCode()).isEqualTo(404);
        assertThat(unknownDatabase.body()).contains("(UNKNOWN_DATABASE)");
        assertThat(unknownFormat.statusCode()).isEqualTo(404);
        assertThat(unknownFormat.body()).startsWith("Code: 73. DB::Exception: Unknown format NoSuchFormat");
        assertThat(runtime.statusCode()).isEqualTo(500);
        assertThat(runtime.body()).contains("boom").contains("(FUNCTION_THROW_IF_VALUE_IS_NON_ZERO)");
    }

    @Test
    void anEmptyQueryIsASyntaxError(ChdbProcess server) throws Exception {
        HttpResponse<String> response = new Http(server).post("", "  -- nothing here\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("Code: 62. DB::Exception: Empty query. (SYNTAX_ERROR)");
    }

    @Test
    void multipleStatementsInOneRequestAreRefusedWithoutRunningAny(ChdbProcess server) throws Exception {
        Http http = new Http(server);

        HttpResponse<String> response = http.post("", "CREATE DATABASE must_not_exist_" + "x; SELECT 1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Multi-statements are not allowed");
        assertThat(http.query("SELECT count() FROM system.databases WHERE name = 'must_not_exist_x'")).isEqualTo("0\n");
    }

    @Test
    void garbageDeclaredAsCompressedIsRejectedAndTheServerKeepsServing(ChdbProcess server) throws Exception {
        Http http = new Http(server);
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);

        HttpResponse<byte[]> response = http.post("decompress=1", garbage);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).containsAnyOf("CHECKSUM_DOESNT_MATCH", "UNKNOWN_COMPRESSION_METHOD",
                "TOO_LARGE_SIZE_COMPRESSED");
        assertThat(http.query("SELECT 1")).isEqualTo("1\n");
    }

    @Test
    void aModifyingQueryOverGetIsRefusedAsReadonly(ChdbProcess server) throws Exception {
        Http http = new Http(server);

        HttpResponse<String> response = http.get("/?query=" + Http.encode("CREATE DATABASE created_by_get"));
        HttpResponse<String> select = http.get("/?query=" + Http.encode("SELECT 40 + 2"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).startsWith("Code: 164. DB::Exception: Cannot execute query in readonly mode");
        assertThat(select.body()).isEqualTo("42\n");
    }

    @Test
    void anInsertHeaderThatNeverEndsIsRefusedAsTooLarge(ChdbProcess server) throws Exception {
        String header = "INSERT INTO t (" + "c, ".repeat(400_000) + "c) VALUES (1)";

        HttpResponse<String> response = new Http(server).post("", header);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("(QUERY_IS_TOO_LARGE)");
    }

    @Test
    void healthChecksAnswerOk(ChdbProcess server) throws Exception {
        Http http = new Http(server);

        assertThat(http.get("/").body()).isEqualTo("Ok.\n");
        assertThat(http.get("/ping").body()).isEqualTo("Ok.\n");
        assertThat(http.get("/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void setAndUseStatementsAreAcceptedButChangeNothingForOtherRequests(ChdbProcess server) throws Exception {
        Http http = new Http(server);

        assertThat(http.post("", "SET max_result_rows = 1, result_overflow_mode = 'throw'").statusCode()).isEqualTo(200);
        assertThat(http.post("", "USE system").statusCode()).isEqualTo(200);

        assertThat(http.query("SELECT count() FROM (SELECT number FROM numbers(3)) WHERE currentDatabase() = 'default'")).isEqualTo("3\n");
    }
}
