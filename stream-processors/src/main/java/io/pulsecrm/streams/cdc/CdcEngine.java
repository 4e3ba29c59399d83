package io.pulsecrm.streams.cdc;

import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.format.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of the Debezium engine: PostgreSQL (pgoutput, slot and publication of {@link CdcConfig})
 * into the {@code cdc.*} topics.
 *
 * <p>A supervisor thread waits for PostgreSQL, its tables and Kafka, then runs the engine; when the
 * engine stops with an error it logs why and starts it again with a growing backoff, resuming from the
 * committed offsets. Nothing here swallows an error: either it is retried from a point where nothing
 * was lost, or it is visible in the log and in {@link #status()}.
 */
public final class CdcEngine implements AutoCloseable {

    public enum Status {
        STARTING, WAITING_FOR_POSTGRES, WAITING_FOR_TABLES, WAITING_FOR_KAFKA, RUNNING, RESTARTING,
        /** The offsets belong to another database; needs an operator (see the log). */
        SOURCE_CHANGED,
        STOPPED
    }

    private static final Logger log = LoggerFactory.getLogger(CdcEngine.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final CdcConfig config;
    private final AtomicReference<Status> status = new AtomicReference<>(Status.STARTING);
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicReference<DebeziumEngine<ChangeEvent<String, String>>> engine = new AtomicReference<>();
    private final AtomicLong produced = new AtomicLong();
    private final AtomicLong lastBatchAtMs = new AtomicLong();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread supervisor;

    public CdcEngine(CdcConfig config) {
        this.config = config;
        this.supervisor = new Thread(this::supervise, "cdc-supervisor");
    }

    public void start() {
        supervisor.start();
    }

    public Status status() {
        return status.get();
    }

    /** Why the engine last stopped or could not start; null while nothing went wrong. */
    public String lastError() {
        return lastError.get();
    }

    /** Change events acknowledged by Kafka since this process started. */
    public long producedRecords() {
        return produced.get();
    }

    public long lastBatchAtMs() {
        return lastBatchAtMs.get();
    }

    private void supervise() {
        Duration backoff = FIRST_BACKOFF;
        while (!isClosing()) {
            if (prerequisitesReady()) {
                boolean ranHealthy = runEngineOnce();
                if (isClosing()) {
                    break;
                }
                status.set(Status.RESTARTING);
                if (ranHealthy) {
                    backoff = FIRST_BACKOFF;
                }
            }
            log.info("CDC: next attempt in {} s", backoff.toSeconds());
            if (awaitClose(backoff)) {
                break;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
        status.set(Status.STOPPED);
    }

    private boolean prerequisitesReady() {
        CdcPrerequisites.Blocker blocker;
        try {
            blocker = CdcPrerequisites.check(config);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (blocker == null) {
            return true;
        }
        status.set(blocker.status());
        lastError.set(blocker.reason());
        if (blocker.status() == Status.SOURCE_CHANGED) {
            log.error("CDC refuses to start: {}", blocker.reason());
        } else {
            log.warn("CDC waiting: {}", blocker.reason());
        }
        return false;
    }

    /** Runs the engine until it stops; true if it got as far as streaming changes. */
    private boolean runEngineOnce() {
        var started = new AtomicReference<>(false);
        try (Producer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            Files.createDirectories(config.offsetsFile().toAbsolutePath().getParent());
            var consumer = new KafkaChangeConsumer(producer, new CdcRouting(CdcConfig.SERVER_NAME, config.tables()),
                    produced, lastBatchAtMs);
            DebeziumEngine<ChangeEvent<String, String>> created = DebeziumEngine.create(Json.class)
                    .using(config.debeziumProperties())
                    .using(new DebeziumEngine.ConnectorCallback() {
                        @Override
                        public void taskStarted() {
                            started.set(true);
                            status.set(Status.RUNNING);
                            lastError.set(null);
                            log.info("CDC running: slot {}, publication {}, tables {}", config.slotName(),
                                    config.publicationName(), config.tables());
                        }
                    })
                    .using((success, message, error) -> {
                        if (!success && !isClosing()) {
                            lastError.set(message + (error == null ? "" : ": " + error));
                            log.error("CDC engine stopped: {}", message, error);
                        }
                    })
                    .notifying(consumer)
                    .build();
            engine.set(created);
            if (isClosing()) {
                return false;
            }
            log.info("CDC starting Debezium for {} (offsets in {})", config.postgres().describe(),
                    config.offsetsFile());
            created.run();
            // run() returns once the engine has stopped, for whatever reason: nothing left to close.
            engine.compareAndSet(created, null);
        } catch (IOException | RuntimeException e) {
            lastError.set(e.toString());
            log.error("CDC engine failed", e);
            closeEngine();
        }
        return started.get();
    }

    private Properties producerProperties() {
        var p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        // Idempotent: a retried send cannot duplicate or reorder records within a partition.
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "pulse-cdc");
        return p;
    }

    private void closeEngine() {
        DebeziumEngine<ChangeEvent<String, String>> current = engine.getAndSet(null);
        if (current != null) {
            try {
                current.close();
            } catch (IOException | RuntimeException e) {
                log.warn("CDC engine did not close cleanly", e);
            }
        }
    }

    private boolean isClosing() {
        return closing.getCount() == 0;
    }

    private boolean awaitClose(Duration timeout) {
        try {
            return closing.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Stops the engine; the batch in flight finishes and its offsets are committed first. */
    @Override
    public void close() {
        closing.countDown();
        closeEngine();
        try {
            supervisor.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        status.set(Status.STOPPED);
        log.info("CDC stopped after {} change events", produced.get());
    }
}
