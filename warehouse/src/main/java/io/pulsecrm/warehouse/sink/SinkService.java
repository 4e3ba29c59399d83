package io.pulsecrm.warehouse.sink;

import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.MigrationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The sink service's lifecycle: health endpoint first (503 while starting), migrations (waiting
 * for ClickHouse to come up), topics, then the consumer loop until SIGTERM.
 */
final class SinkService {

    private static final Logger log = LoggerFactory.getLogger(SinkService.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private SinkService() {
    }

    /** @return the process exit code */
    static int run(SinkConfig config) throws IOException, InterruptedException {
        SinkStatus status = new SinkStatus();
        try (HealthServer health = HealthServer.start(config.healthPort(), status)) {
            log.info("Warehouse sink starting: Kafka {}, {}, health on :{}", config.kafkaBootstrap(),
                    config.clickHouse(), health.port());
            migrate(config, status);
            WarehouseSink sink = createWhenKafkaAnswers(config, status);
            Thread loop = new Thread(sink, "warehouse-sink");
            Thread hook = new Thread(() -> {
                log.info("Stopping warehouse sink");
                sink.stop();
                try {
                    loop.join(STOP_TIMEOUT.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "warehouse-sink-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            loop.start();
            loop.join();
            return status.state() == SinkStatus.State.FAILED ? 1 : 0;
        }
    }

    /** {@code ./crm up} starts Kafka and the services together: wait for the broker rather than exit. */
    private static WarehouseSink createWhenKafkaAnswers(SinkConfig config, SinkStatus status) throws InterruptedException {
        long backoff = config.retryInitialBackoff().toMillis();
        while (true) {
            try {
                return WarehouseSink.create(config, status);
            } catch (TopicBootstrap.KafkaUnavailable e) {
                log.warn("Kafka not ready, retrying in {} ms: {}", backoff, e.getMessage());
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, config.retryMaxBackoff().toMillis());
            }
        }
    }

    private static void migrate(SinkConfig config, SinkStatus status) throws InterruptedException {
        long backoff = config.retryInitialBackoff().toMillis();
        while (true) {
            try {
                ClickHouseMigrations.apply(config.clickHouse());
                status.markMigrated();
                return;
            } catch (MigrationException e) {
                // an edited migration has no SQL cause and is fatal; an unreachable server is waited for
                if (!(e.getCause() instanceof SQLException)) {
                    throw e;
                }
                log.warn("ClickHouse not ready for migrations, retrying in {} ms: {}", backoff, e.getMessage());
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 2, config.retryMaxBackoff().toMillis());
            }
        }
    }
}
