package io.pulsecrm.streams.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pulsecrm.streams.StreamProcessorsConfig;
import java.util.Map;
import java.util.Set;
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
                .containsEntry("column.exclude.list", String.join(",", CdcConfig.EXCLUDED_COLUMNS))
                .containsEntry("table.include.list", String.join(",", CdcConfig.DEFAULT_TABLES) + ","
                        + CdcConfig.HEARTBEAT_TABLE + "," + CdcConfig.SIGNAL_TABLE);
        assertThat(props.getProperty("heartbeat.action.query")).contains(CdcConfig.HEARTBEAT_TABLE);
    }

    @Test
    void theRepsRecordsTheAnalyticsNeedAreCapturedWithTheirTopics() {
        var config = StreamProcessorsConfig.fromEnv(Map.of()).cdc();

        assertThat(config.tables()).contains("public.customer", "public.contact", "public.lead", "public.follow_up",
                "public.contract", "public.payment_plan", "public.receipt", "public.campaign", "public.campaign_cost",
                "public.sales_target", "public.pool_event");
        assertThat(config.topics()).contains("cdc.customer", "cdc.contact", "cdc.lead", "cdc.follow_up",
                "cdc.contract", "cdc.payment_plan", "cdc.receipt", "cdc.campaign", "cdc.campaign_cost",
                "cdc.sales_target", "cdc.pool_event");
    }

    @Test
    void marketersSegmentsAreCapturedWithTheirRuleAndFullBeforeImageButWithoutTheirDescription() {
        var config = StreamProcessorsConfig.fromEnv(Map.of()).cdc();
        var props = config.debeziumProperties();
        var excluded = Set.of(props.getProperty("column.exclude.list").split(","));

        assertThat(config.tables()).contains("public.segment");
        assertThat(config.topics()).contains("cdc.segment");
        assertThat(excluded).contains("public.segment.description")
                .doesNotContain("public.segment.rule", "public.segment.name", "public.segment.owner_id");
        assertThat(props.getProperty("replica.identity.autoset.values").split(",")).contains("public.segment:FULL");
    }

    @Test
    void personalDataOfTheRepsRecordsIsExcludedAtTheSource() {
        var excluded = Set.of(StreamProcessorsConfig.fromEnv(Map.of()).cdc().debeziumProperties()
                .getProperty("column.exclude.list").split(","));

        assertThat(excluded).contains(
                "public.customer.phone", "public.customer.email", "public.customer.address", "public.customer.remark",
                "public.contact.name", "public.contact.phone", "public.contact.mobile", "public.contact.email",
                "public.contact.remark", "public.lead.name", "public.lead.phone", "public.lead.email",
                "public.lead.address", "public.lead.remark", "public.follow_up.content", "public.contract.remark",
                "public.payment_plan.remark", "public.receipt.remark", "public.campaign.description",
                "public.campaign_cost.note", "public.pool_event.reason",
                "public.app_user.email", "public.app_user.phone", "public.user_session.client_ip");
        assertThat(excluded).as("what analytics counts by stays").doesNotContain("public.customer.name",
                "public.customer.industry", "public.customer.region", "public.customer.level", "public.lead.source",
                "public.lead.company", "public.contract.name");
    }

    @Test
    void theSignalTableIsPublishedButNeverATopicNorGivenAFullReplicaIdentity() {
        var config = StreamProcessorsConfig.fromEnv(Map.of()).cdc();
        var props = config.debeziumProperties();

        assertThat(props).containsEntry("signal.data.collection", CdcConfig.SIGNAL_TABLE);
        assertThat(props.getProperty("table.include.list").split(",")).contains(CdcConfig.SIGNAL_TABLE);
        assertThat(config.topics()).noneMatch(topic -> topic.contains("signal") || topic.contains("heartbeat"));
        assertThat(props.getProperty("replica.identity.autoset.values")).doesNotContain("cdc_signal");
        assertThat(new CdcRouting(CdcConfig.SERVER_NAME, config.tables()).topicFor("pulse.public.cdc_signal")).isNull();
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
