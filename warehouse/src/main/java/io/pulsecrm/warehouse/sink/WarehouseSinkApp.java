package io.pulsecrm.warehouse.sink;

/**
 * Main class of {@code warehouse-exec.jar}: Kafka ({@code analytics.pipeline_by_stage},
 * {@code cdc.opportunity}, {@code cdc.opportunity_stage}) → ClickHouse. Configured from the
 * environment ({@link SinkConfig#fromEnv()}); stops cleanly on SIGTERM.
 */
public final class WarehouseSinkApp {

    private WarehouseSinkApp() {
    }

    public static void main(String[] args) throws Exception {
        // The library jar must not impose a logback.xml on the applications that use it, so the
        // service's logging configuration has its own name, chosen before any logger exists.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "warehouse-sink-logback.xml");
        }
        System.exit(SinkService.run(SinkConfig.fromEnv()));
    }
}
