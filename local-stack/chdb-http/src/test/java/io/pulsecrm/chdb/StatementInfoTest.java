package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatementInfoTest {

    @Test
    void aTrailingFormatClauseNamesTheOutputFormat() {
        assertThat(of("SELECT 1 FORMAT JSONCompact").outputFormat()).isEqualTo("JSONCompact");
        assertThat(of("SELECT 1 FORMAT `CSV` SETTINGS max_threads = 1;").outputFormat()).isEqualTo("CSV");
        assertThat(of("SELECT format FROM t").outputFormat()).isNull();
        assertThat(of("SELECT * FROM format(CSV, 'a')").outputFormat()).isNull();
        assertThat(of("SELECT (SELECT 1 FORMAT TSV)").outputFormat()).isNull();
    }

    @Test
    void somethingAfterATopLevelSemicolonIsAMultiStatement() {
        assertThat(of("SELECT 1; SELECT 2").multiStatement()).isTrue();
        assertThat(of("SELECT ';' ; -- done\n").multiStatement()).isFalse();
        assertThat(of("SELECT 1;").multiStatement()).isFalse();
    }

    @Test
    void commentsAndWhitespaceAloneAreAnEmptyQuery() {
        assertThat(of("  -- nothing\n /* at /* all */ */ ").isEmpty()).isTrue();
    }

    @Test
    void readOnlyIsJudgedByTheFirstKeyword() {
        assertThat(of("/* x */ select 1").isReadOnly()).isTrue();
        assertThat(of("(SELECT 1) UNION ALL (SELECT 2)").isReadOnly()).isTrue();
        assertThat(of("DROP TABLE t").isReadOnly()).isFalse();
        assertThat(of("SET max_threads = 1").isSessionOnly()).isTrue();
    }

    private static StatementInfo of(String sql) {
        byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        return StatementInfo.of(bytes, bytes.length);
    }
}
