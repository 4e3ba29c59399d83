package io.pulsecrm.streams.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pulsecrm.streams.StreamProcessorsConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CdcConfigTest {

    @Test
    void debeziumIsConfiguredForTheDocumentedEventFormatAndDurableOffsets() {
        var props = StreamProcessorsConfig.fromEnv(Map.of()).cdc().debeziumProperties();

        assertThat(props).containsEntry("plugin.name", "pgoutput")
                .containsEntry("publication.autocreate.mode", "filtered")
                .containsEntry("snapshot.mode", "initial")
                .containsEntry("decimal.handling.mode", "string")
                .containsEntry("offset.flush.interval.ms", "0")
                .containsEntry("converter.schemas.enable", "false")
                .containsEntry("replica.identity.autoset.values", String.join(",",
                        CdcConfig.DEFAULT_TABLES.stream().map(t -> t + ":FULL").toList()))
                .containsEntry("column.exclude.list", "public.user_session.client_ip,public.user_session.user_agent,"
                        + "public.app_user.email,public.app_user.phone")
                .containsEntry("table.include.list", String.join(",", CdcConfig.DEFAULT_TABLES) + ","
                        + CdcConfig.HEARTBEAT_TABLE);
        assertThat(props.getProperty("heartbeat.action.query")).contains(CdcConfig.HEARTBEAT_TABLE);
    }

    @Test
    void theOrganizationSessionsAndRecordTeamsAreCapturedButNeverCredentialsOrSigningKeys() {
        assertThat(CdcConfig.DEFAULT_TABLES).contains("public.department", "public.app_user", "public.app_role",
                "public.user_role", "public.role_scope_department", "public.role_permission", "public.user_session",
                "public.record_team_member");
        assertThat(CdcConfig.DEFAULT_TABLES).doesNotContainAnyElementsOf(CdcConfig.NEVER_CAPTURED);
    }

    @Test
    void aConfigurationThatNamesASecretTableIsRefused() {
        var env = Map.of("CRM_CDC_TABLES", "public.opportunity,public.user_credential");

        assertThatThrownBy(() -> StreamProcessorsConfig.fromEnv(env).cdc())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public.user_credential");
        assertThatThrownBy(() -> StreamProcessorsConfig.fromEnv(Map.of("CRM_CDC_TABLES", "public.SIGNING_KEY")).cdc())
                .hasMessageContaining("never captured");
    }
}
