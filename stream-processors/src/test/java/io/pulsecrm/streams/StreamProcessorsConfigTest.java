package io.pulsecrm.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamProcessorsConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        var config = StreamProcessorsConfig.fromEnv(Map.of());

        assertThat(config.postgres().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:55432/crm");
        assertThat(config.postgres().user()).isEqualTo("crm");
        assertThat(config.kafkaBootstrap()).isEqualTo("127.0.0.1:59092");
        assertThat(config.dataDir()).isEqualTo(Path.of(".crm/data/stream-processors"));
        assertThat(config.healthPort()).isEqualTo(8091);
        assertThat(config.cdc().offsetsFile()).isEqualTo(Path.of(".crm/data/stream-processors/offsets.dat"));
        assertThat(config.cdc().slotName()).isEqualTo("pulse_cdc");
        assertThat(config.cdc().publicationName()).isEqualTo("pulse_cdc_pub");
        assertThat(config.cdc().topics()).containsExactly("cdc.opportunity", "cdc.opportunity_stage",
                "cdc.opportunity_stage_move", "cdc.department", "cdc.app_user", "cdc.app_role", "cdc.user_role",
                "cdc.role_scope_department", "cdc.role_permission", "cdc.user_session", "cdc.record_team_member",
                "cdc.customer", "cdc.contact", "cdc.lead", "cdc.follow_up", "cdc.contract", "cdc.payment_plan",
                "cdc.receipt", "cdc.campaign", "cdc.campaign_cost", "cdc.sales_target", "cdc.pool_event", "cdc.segment");
    }

    @Test
    void capturedTablesComeFromConfigurationSoTheListCanGrow() {
        var config = StreamProcessorsConfig.fromEnv(Map.of("CRM_CDC_TABLES", "public.opportunity, public.customer"));

        assertThat(config.cdc().tables()).containsExactly("public.opportunity", "public.customer");
        assertThat(config.cdc().topics()).containsExactly("cdc.opportunity", "cdc.customer");
    }

    @Test
    void forecastDaysAreCountedInShanghaiUnlessConfigured() {
        assertThat(StreamProcessorsConfig.fromEnv(Map.of()).forecastZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(StreamProcessorsConfig.fromEnv(Map.of("CRM_FORECAST_ZONE", "Europe/Berlin")).forecastZone())
                .isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void streamsCommitEveryHundredMillisecondsUnlessConfigured() {
        assertThat(StreamProcessorsConfig.fromEnv(Map.of()).streamsCommitInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(StreamProcessorsConfig.fromEnv(Map.of("CRM_STREAMS_COMMIT_MS", "250")).streamsCommitInterval())
                .isEqualTo(Duration.ofMillis(250));
        assertThat(AnalyticsStreams.properties(StreamProcessorsConfig.fromEnv(Map.of("CRM_STREAMS_COMMIT_MS", "40")))
                .get("commit.interval.ms")).isEqualTo(40);
    }

    @Test
    void aCommitIntervalThatIsNotAPositiveNumberIsRefusedByName() {
        assertThatThrownBy(() -> StreamProcessorsConfig.fromEnv(Map.of("CRM_STREAMS_COMMIT_MS", "fast")))
                .hasMessageContaining("CRM_STREAMS_COMMIT_MS").hasMessageContaining("'fast'");
        assertThatThrownBy(() -> StreamProcessorsConfig.fromEnv(Map.of("CRM_STREAMS_COMMIT_MS", "0")))
                .hasMessageContaining("CRM_STREAMS_COMMIT_MS").hasMessageContaining("at least 1 ms");
    }

    @Test
    void aHeartbeatThatIsNotAPositiveNumberIsRefusedByName() {
        assertThat(StreamProcessorsConfig.fromEnv(Map.of("CRM_CDC_HEARTBEAT_MS", "2500")).cdc().heartbeatInterval())
                .isEqualTo(Duration.ofMillis(2500));
        assertThatThrownBy(() -> StreamProcessorsConfig.fromEnv(Map.of("CRM_CDC_HEARTBEAT_MS", "10s")))
                .hasMessageContaining("CRM_CDC_HEARTBEAT_MS").hasMessageContaining("'10s'");
        assertThatThrownBy(() -> StreamProcessorsConfig.fromEnv(Map.of("CRM_CDC_HEARTBEAT_MS", "0")))
                .as("0 switches Debezium's heartbeat off: an idle slot would hold PostgreSQL's WAL")
                .hasMessageContaining("CRM_CDC_HEARTBEAT_MS").hasMessageContaining("at least 1 ms");
    }
}
