package io.pulsecrm.streams.cdc;

import static org.assertj.core.api.Assertions.assertThat;

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
                .containsEntry("replica.identity.autoset.values",
                        "public.opportunity:FULL,public.opportunity_stage:FULL,public.opportunity_stage_move:FULL")
                .containsEntry("table.include.list", String.join(",", CdcConfig.DEFAULT_TABLES) + ","
                        + CdcConfig.HEARTBEAT_TABLE);
        assertThat(props.getProperty("heartbeat.action.query")).contains(CdcConfig.HEARTBEAT_TABLE);
    }
}
