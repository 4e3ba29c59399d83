package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InsertStatementTest {

    @Test
    void valuesDataStartsRightAfterTheValuesKeyword() {
        // when
        InsertStatement insert = inline("INSERT INTO crm.t (id, s) VALUES (1, 'a;b'), (2, 'c')");

        // then
        assertThat(insert.target()).isEqualTo("crm.t (id, s)");
        assertThat(insert.format()).isEqualTo("Values");
        assertThat(data("INSERT INTO crm.t (id, s) VALUES (1, 'a;b'), (2, 'c')", insert)).isEqualTo(" (1, 'a;b'), (2, 'c')");
    }

    @Test
    void formatDataStartsAfterOneLineBreakSoLeadingBlankLinesStayData() {
        // given: CSV whose first line is empty, as ClickHouse would read it
        String sql = "insert into t format CSV \r\n\n1,2\n";

        // when
        InsertStatement insert = inline(sql);

        // then
        assertThat(insert.format()).isEqualTo("CSV");
        assertThat(data(sql, insert)).isEqualTo("\n1,2\n");
    }

    @Test
    void binaryDataIsNeverLexedAsSql() {
        // given: RowBinary whose first bytes look like an unterminated string and a comment
        byte[] header = "INSERT INTO `my db`.\"t\" FORMAT RowBinary\n".getBytes(StandardCharsets.UTF_8);
        byte[] data = {'\'', '-', '-', 0, '\n', '\n', (byte) 0xff};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(header);
        body.writeBytes(data);
        byte[] bytes = body.toByteArray();

        // when
        InsertStatement.Outcome outcome = InsertStatement.parse(bytes, bytes.length, false);

        // then
        assertThat(outcome).isInstanceOfSatisfying(InsertStatement.Inline.class, inline -> {
            assertThat(inline.statement().target()).isEqualTo("`my db`.\"t\"");
            assertThat(inline.statement().dataStart()).isEqualTo(header.length);
        });
    }

    @Test
    void settingsCommentsAndQuotesInTheHeaderAreKeptOutOfTheData() {
        // given
        String sql = "/* batch */ INSERT INTO TABLE t(a) -- columns\n SETTINGS insert_deduplication_token = 'x FORMAT y', max_threads=[1][1] FORMAT JSONEachRow {\"a\":1}";

        // when
        InsertStatement insert = inline(sql);

        // then
        assertThat(insert.target()).isEqualTo("TABLE t(a)");
        assertThat(insert.settings()).containsExactly("insert_deduplication_token = 'x FORMAT y', max_threads=[1][1]");
        assertThat(insert.format()).isEqualTo("JSONEachRow");
        assertThat(data(sql, insert)).isEqualTo("{\"a\":1}");
        assertThat(insert.toInfileSql(Path.of("/spool/f.data"))).isEqualTo(
                "INSERT INTO TABLE t(a) FROM INFILE '/spool/f.data' COMPRESSION 'none'"
                        + " SETTINGS insert_deduplication_token = 'x FORMAT y', max_threads=[1][1] FORMAT JSONEachRow");
    }

    @Test
    void insertSelectIsNotInlineData() {
        assertThat(parse("INSERT INTO t SELECT * FROM numbers(3)", true)).isInstanceOf(InsertStatement.NotInline.class);
        assertThat(parse("INSERT INTO t (a) WITH 1 AS x SELECT x", true)).isInstanceOf(InsertStatement.NotInline.class);
        assertThat(parse("SELECT 1", true)).isInstanceOf(InsertStatement.NotInline.class);
    }

    @Test
    void aHeaderCutByTheEndOfTheBytesReadSoFarAsksForMore() {
        assertThat(parse("INSERT INTO t VALU", false)).isInstanceOf(InsertStatement.NeedMore.class);
        assertThat(parse("INSERT INTO t FORMAT RowBinary", false)).isInstanceOf(InsertStatement.NeedMore.class);
        assertThat(parse("INSERT INTO t SETTINGS a = 'unterminated", false)).isInstanceOf(InsertStatement.NeedMore.class);
        assertThat(parse("INS", false)).isInstanceOf(InsertStatement.NeedMore.class);
    }

    @Test
    void aCompleteHeaderWithoutDataIsAnInsertOfNothing() {
        assertThat(parse("INSERT INTO t FORMAT RowBinary", true)).isInstanceOfSatisfying(InsertStatement.Inline.class,
                inline -> assertThat(inline.statement().dataStart()).isEqualTo(30));
    }

    private static InsertStatement.Outcome parse(String sql, boolean complete) {
        byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        return InsertStatement.parse(bytes, bytes.length, complete);
    }

    private static InsertStatement inline(String sql) {
        InsertStatement.Outcome outcome = parse(sql, true);
        assertThat(outcome).isInstanceOf(InsertStatement.Inline.class);
        return ((InsertStatement.Inline) outcome).statement();
    }

    private static String data(String sql, InsertStatement insert) {
        byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        return new String(bytes, insert.dataStart(), bytes.length - insert.dataStart(), StandardCharsets.UTF_8);
    }
}
