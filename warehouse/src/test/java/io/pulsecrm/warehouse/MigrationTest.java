package io.pulsecrm.warehouse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationTest {

    @Test
    void statementsAreSplitAtSemicolonsOutsideQuotesAndComments() {
        Migration m = Migration.of("0007_demo.sql", """
                -- a comment; with a semicolon
                CREATE TABLE IF NOT EXISTS a (x String DEFAULT ';') ENGINE = Memory;
                /* block; comment */
                ALTER TABLE a COMMENT COLUMN x 'it''s; fine';
                -- trailing comment only
                """);

        assertThat(m.statements()).hasSize(2);
        assertThat(m.statements().get(0)).endsWith("ENGINE = Memory").contains("DEFAULT ';'");
        assertThat(m.statements().get(1)).contains("'it''s; fine'");
    }

    @Test
    void fileNameGivesVersionAndName() {
        Migration m = Migration.of("0012_add_forecast.sql", "SELECT 1");

        assertThat(m.version()).isEqualTo(12);
        assertThat(m.name()).isEqualTo("add_forecast");
        assertThat(m.fileName()).isEqualTo("0012_add_forecast.sql");
        assertThatThrownBy(() -> Migration.of("12_bad.sql", "SELECT 1")).isInstanceOf(MigrationException.class);
    }

    @Test
    void checksumIgnoresLineEndingsButNotContent() {
        Migration lf = Migration.of("0001_a.sql", "SELECT 1;\nSELECT 2;\n");
        Migration crlf = Migration.of("0001_a.sql", "SELECT 1;\r\nSELECT 2;\r\n");
        Migration edited = Migration.of("0001_a.sql", "SELECT 1;\nSELECT 3;\n");

        assertThat(crlf.checksum()).isEqualTo(lf.checksum());
        assertThat(edited.checksum()).isNotEqualTo(lf.checksum());
    }

    @Test
    void classpathMigrationsAreFoundInOrderAndEveryStatementIsIdempotent() {
        List<Migration> migrations = ClickHouseMigrations.loadFromClasspath(getClass().getClassLoader());

        assertThat(migrations).extracting(Migration::fileName).startsWith("0001_pipeline_tables.sql");
        assertThat(migrations).extracting(Migration::version).isSorted();
        assertThat(migrations.getFirst().statements())
                .hasSize(4)
                .allSatisfy(sql -> assertThat(sql).containsAnyOf("IF NOT EXISTS", "IF EXISTS"));
    }

    @Test
    void databaseNameMustBeAPlainIdentifier() {
        assertThatThrownBy(() -> ClickHouseConfig.of("jdbc:clickhouse:http://h:1").withDatabase("crm; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
