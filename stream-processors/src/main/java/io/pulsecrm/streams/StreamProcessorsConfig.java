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
        ZoneId forecastZone,
        Duration streamsCommitInterval) {

    static final int PARTITIONS = 3;

    /**
     * Under exactly-once a Streams commit ends the transaction that makes the analytics visible, so the
     * interval is the floor of commit → ClickHouse latency; it also sets how many updates of one key the
     * record caches fold into one. Against 25 ms, all else equal ({@code ./crm bench pipeline},
     * stream-processors/README.md): 4,751 against 4,548 change events/s and p99 2.2 against 2.4 s at 2,000
     * commits/s, for about 100 ms more at a few hundred commits/s.
     */
    static final String DEFAULT_COMMIT_MS = "100";

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
                positiveMillis(env, "CRM_CDC_HEARTBEAT_MS", "10000"),
                Short.parseShort(env.getOrDefault("CRM_KAFKA_REPLICATION_FACTOR", "1")),
                ZoneId.of(env.getOrDefault("CRM_SEGMENT_ZONE", ZoneSetting.DEFAULT.getId())),
                ZoneId.of(env.getOrDefault("CRM_FORECAST_ZONE", ZoneSetting.DEFAULT.getId())),
                positiveMillis(env, "CRM_STREAMS_COMMIT_MS", DEFAULT_COMMIT_MS));
    }

    private static Duration positiveMillis(Map<String, String> env, String name, String defaultValue) {
        String text = env.getOrDefault(name, defaultValue).strip();
        long millis;
        try {
            millis = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of milliseconds, was '" + text + "'");
        }
        if (millis < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 ms, was " + millis);
        }
        return Duration.ofMillis(millis);
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
