package io.pulsecrm.streams;

import io.pulsecrm.streams.cdc.CdcEngine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * stream-processors: the CDC engine (PostgreSQL → {@code cdc.*}) and the Streams application
 * ({@code cdc.*} → {@code analytics.*}) in one process, plus {@code GET /health}.
 * Wires configuration and lifecycle only; the work is in {@link CdcEngine} and the topologies.
 */
public final class StreamProcessorsApp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamProcessorsApp.class);

    private final StreamProcessorsConfig config;
    private final Topics topics = Topics.DEFAULT;
    private final CdcEngine cdc;
    private final AnalyticsStreams streams;
    private final HealthServer health;
    private final CountDownLatch closing = new CountDownLatch(1);

    StreamProcessorsApp(StreamProcessorsConfig config) throws IOException {
        this.config = config;
        this.cdc = new CdcEngine(config.cdc());
        this.streams = new AnalyticsStreams(config, topics);
        this.health = new HealthServer(config.healthPort(), this::health);
    }

    public static void main(String[] args) throws Exception {
        var app = new StreamProcessorsApp(StreamProcessorsConfig.fromEnv(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
        app.run();
    }

    /** Starts everything and returns when the process is shutting down. */
    void run() throws InterruptedException {
        health.start();
        log.info("stream-processors: PostgreSQL {}, Kafka {}, data {}, health on :{}", config.postgres().describe(),
                config.kafkaBootstrap(), config.dataDir().toAbsolutePath(), health.port());
        cdc.start();
        if (awaitTopics() && closing.getCount() > 0) {
            streams.start();
        }
        closing.await();
    }

    /**
     * Streams refuses to start on missing source topics, and must not wait for PostgreSQL, so the topics
     * it reads and writes are created here, independently of the CDC engine.
     */
    private boolean awaitTopics() throws InterruptedException {
        List<String> changelogs = new ArrayList<>(config.cdc().topics());
        streams.inputs().stream().filter(t -> !changelogs.contains(t)).forEach(changelogs::add);
        changelogs.addAll(streams.outputs());
        long backoffMs = 1_000;
        while (closing.getCount() > 0) {
            try {
                KafkaTopics.ensure(config.kafkaBootstrap(), changelogs, StreamProcessorsConfig.PARTITIONS,
                        config.replicationFactor(), KafkaTopics.COMPACTED);
                KafkaTopics.ensure(config.kafkaBootstrap(), List.of(topics.dlqCdc().name()),
                        StreamProcessorsConfig.PARTITIONS, config.replicationFactor(),
                        Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
                return true;
            } catch (Exception e) {
                if (e instanceof InterruptedException ie) {
                    throw ie;
                }
                log.warn("Streams waiting: Kafka {} not ready for topic creation ({}); retrying in {} ms",
                        config.kafkaBootstrap(), e.toString(), backoffMs);
            }
            if (closing.await(backoffMs, TimeUnit.MILLISECONDS)) {
                return false;
            }
            backoffMs = Math.min(backoffMs * 2, 30_000);
        }
        return false;
    }

    int healthPort() {
        return health.port();
    }

    HealthServer.Health health() {
        CdcEngine.Status cdcStatus = cdc.status();
        String streamsState = streams.state().map(Enum::name).orElse("WAITING_FOR_KAFKA");
        boolean up = cdcStatus == CdcEngine.Status.RUNNING && KafkaStreams.State.RUNNING.name().equals(streamsState);
        var details = new LinkedHashMap<String, Object>();
        details.put("status", up ? "UP" : "DOWN");
        details.put("cdc", cdcStatus.name());
        details.put("streams", streamsState);
        details.put("dlqCount", streams.deadLettered());
        details.put("cdcRecordsProduced", cdc.producedRecords());
        details.put("cdcLastBatchAtMs", cdc.lastBatchAtMs());
        details.put("cdcLastError", cdc.lastError());
        return new HealthServer.Health(up, details);
    }

    /** SIGTERM: stop capturing (the batch in flight is committed), leave the Streams group, stop serving. */
    @Override
    public void close() {
        if (closing.getCount() == 0) {
            return;
        }
        closing.countDown();
        log.info("stream-processors shutting down");
        cdc.close();
        streams.close();
        health.close();
    }
}
