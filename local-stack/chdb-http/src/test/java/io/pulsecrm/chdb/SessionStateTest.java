package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionStateTest {

    private final SessionState session = new SessionState(Map.of("implicit_select", "0"));

    @Test
    void sameSettingsAsTheLastRequestNeedNoStatement() {
        // given
        session.settingsAre(Map.of("max_threads", "2"));

        // when / then
        assertThat(session.setStatement(Map.of("max_threads", "2"))).isNull();
    }

    @Test
    void droppedSettingsAreResetToDefaultOrToTheServersBaseline() {
        // given
        session.settingsAre(Map.of("max_threads", "2", "implicit_select", "1"));

        // when
        String sql = session.setStatement(Map.of());

        // then
        assertThat(sql).startsWith("SET ").contains("max_threads = DEFAULT").contains("implicit_select = '0'");
    }

    @Test
    void valuesAreQuotedAndAFailedSetIsRetriedNextTime() {
        // given
        Map<String, String> wanted = Map.of("insert_deduplication_token", "it's");
        assertThat(session.setStatement(wanted)).isEqualTo("SET insert_deduplication_token = 'it\\'s'");

        // when: the SET failed half-way
        session.settingsUnknown(wanted);

        // then
        assertThat(session.setStatement(wanted)).isEqualTo("SET insert_deduplication_token = 'it\\'s'");
    }

    @Test
    void databaseIsSwitchedOnlyWhenItChanges() {
        session.databaseIs("crm");

        assertThat(session.useStatement("crm")).isNull();
        assertThat(session.useStatement("we`ird")).isEqualTo("USE `we\\`ird`");
    }
}
