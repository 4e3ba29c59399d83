package io.pulsecrm.streams.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresSourceTest {

    @Test
    void hostPortAndDatabaseAreParsedFromTheJdbcUrl() {
        var pg = PostgresSource.of("jdbc:postgresql://127.0.0.1:55432/crm?sslmode=disable", "crm", "secret");

        assertThat(pg.host()).isEqualTo("127.0.0.1");
        assertThat(pg.port()).isEqualTo(55432);
        assertThat(pg.database()).isEqualTo("crm");
    }

    @Test
    void portDefaultsToPostgresDefault() {
        assertThat(PostgresSource.of("jdbc:postgresql://db.internal/crm", "crm", "crm").port()).isEqualTo(5432);
    }

    @Test
    void passwordNeverAppearsInTheDescription() {
        var pg = PostgresSource.of("jdbc:postgresql://h:1/crm", "crm", "secret");

        assertThat(pg.describe()).doesNotContain("secret");
        assertThat(pg.toString()).doesNotContain("secret");
    }

    @Test
    void urlWithoutDatabaseIsRejected() {
        assertThatThrownBy(() -> PostgresSource.of("jdbc:postgresql://h:1/", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
