package io.pulsecrm.streams;

import io.pulsecrm.streams.cdc.CdcConfig;
import io.pulsecrm.streams.cdc.PostgresSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything this service reads from the environment (docs/architecture.md, "Configuration"), typed,
 * with the documented defaults. Nothing else in the service reads the environment.
 */
public record StreamProcessorsConfig(
        PostgresSource postgres,
        String kafkaBootstrap,
        Path dataDir,
        int healthPort,
        List<String> cdcTables,
        Duration cdcHeartbeatInterval,
        short replicationFactor,
        ZoneId segmentZone,
        ZoneId forecastZone) {

    static final int PARTITIONS = 3;

    public static StreamProcessorsConfig fromEnv(Map<String, String> env) {
        var postgres = PostgresSource.of(
                env.getOrDefault("CRM_PG_URL", "jdbc:postgresql://127.0.0.1:55432/crm"),
                env.getOrDefault("CRM_PG_USER", "crm"),
                env.getOrDefault("CRM_PG_PASSWORD", "crm"));
        String tables = env.getOrDefault("CRM_CDC_TABLES", String.join(",", CdcConfig.DEFAULT_TABLES));
        return new StreamProcessorsConfig(
                postgres,
                env.getOrDefault("CRM_KAFKA_BOOTSTRAP", "127.0.0.1:59092"),
                Path.of(env.getOrDefault("CRM_DATA_DIR", ".crm/data/stream-processors")),
                Integer.parseInt(env.getOrDefault("CRM_HEALTH_PORT", "8091")),
                Arrays.stream(tables.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList(),
                Duration.ofMillis(Long.parseLong(env.getOrDefault("CRM_CDC_HEARTBEAT_MS", "10000"))),
                Short.parseShort(env.getOrDefault("CRM_KAFKA_REPLICATION_FACTOR", "1")),
                ZoneId.of(env.getOrDefault("CRM_SEGMENT_ZONE", ZoneSetting.DEFAULT.getId())),
                ZoneId.of(env.getOrDefault("CRM_FORECAST_ZONE", ZoneSetting.DEFAULT.getId())));
    }

    public CdcConfig cdc() {
        return new CdcConfig(postgres, kafkaBootstrap, cdcTables, "pulse_cdc", "pulse_cdc_pub",
                dataDir.resolve("offsets.dat"), cdcHeartbeatInterval, Duration.ofMillis(50), PARTITIONS,
                replicationFactor);
    }

    public Path streamsStateDir() {
        return dataDir.resolve("streams");
    }
}
