package io.pulsecrm.warehouse.sink;

import io.pulsecrm.warehouse.ClickHouseDataSources;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The consumer loop: map each record to a row (or dead-letter it), batch per topic-partition, and
 * once a batch is due flush a round of every open batch: one INSERT per table with its
 * deduplication token, one {@code sink_progress} INSERT, THEN one commit of all the round's
 * offsets. A ClickHouse failure retries the same round with backoff while the partitions are
 * paused and nothing is committed, so no record is ever lost or skipped; a crash at any point
 * re-reads uncommitted records, which the token and the row version make harmless.
 *
 * <p>Runs on one thread ({@link #run()}); {@link #stop()} may be called from any thread.
 */
public final class WarehouseSink implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(WarehouseSink.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(500);

    private final SinkConfig config;
    private final Consumer<byte[], byte[]> consumer;
    private final DeadLetterPublisher deadLetters;
    private final BatchWriter writer;
    private final SinkStatus status;
    private final Map<String, Route> routes;
    private final Batcher batcher;
    private final Set<TopicPartition> revokedDuringFlush = new HashSet<>();
    private volatile boolean stopping;
    private boolean paused;
    private boolean flushing;

    WarehouseSink(SinkConfig config, Consumer<byte[], byte[]> consumer, DeadLetterPublisher deadLetters,
                  BatchWriter writer, SinkStatus status) {
        this.config = config;
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.writer = writer;
        this.status = status;
        this.routes = Routes.forTopics(config.topics());
        this.batcher = new Batcher(config.batchPolicy());
    }

    /** A sink with real Kafka clients; the schema must already be migrated. */
    public static WarehouseSink create(SinkConfig config, SinkStatus status) {
        TopicBootstrap.ensureTopics(config);
        Map<String, Route> routes = Routes.forTopics(config.topics());
        Map<String, String> inserts = new HashMap<>();
        routes.values().forEach(r -> inserts.put(r.table(), r.insertSql()));
        return new WarehouseSink(config,
                new KafkaConsumer<>(KafkaClients.consumerProperties(config), new ByteArrayDeserializer(), new ByteArrayDeserializer()),
                new DeadLetterPublisher(new KafkaProducer<>(KafkaClients.producerProperties(config),
                        new ByteArraySerializer(), new ByteArraySerializer()), config.topics().deadLetter()),
                new ClickHouseBatchWriter(ClickHouseDataSources.create(config.clickHouse()), inserts),
                status);
    }

    @Override
    public void run() {
        boolean clean = false;
        try {
            consumer.subscribe(routes.keySet(), new Rebalance());
            status.running();
            while (!stopping) {
                handle(consumer.poll(pollTimeout()));
                flush(batcher.takeRound(System.nanoTime()), true);
            }
            clean = true;
        } catch (WakeupException e) {
            if (!stopping) {
                throw e;
            }
            clean = true;
        } catch (StopDuringRetry e) {
            clean = false;
        } catch (RuntimeException e) {
            status.failed(e.toString());
            log.error("Warehouse sink failed; uncommitted records will be read again on restart", e);
            throw e;
        } finally {
            shutdown(clean);
        }
    }

    /** Asks the loop to flush what it holds, commit and close. */
    public void stop() {
        stopping = true;
        consumer.wakeup();
    }

    private Duration pollTimeout() {
        return batcher.nanosUntilNextDue(System.nanoTime()).stream()
                .mapToObj(nanos -> Duration.ofNanos(Math.max(nanos, 1_000_000)))
                .findFirst()
                .orElse(IDLE_POLL);
    }

    private void handle(Iterable<ConsumerRecord<byte[], byte[]>> records) {
        for (ConsumerRecord<byte[], byte[]> record : records) {
            Route route = routes.get(record.topic());
            SinkRow row = route == null ? deadLetter(record, "no table for topic " + record.topic()) : map(route, record);
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            boolean full = batcher.add(partition, route == null ? "" : route.table(), record.offset(), record.key(),
                    record.value(), row, System.nanoTime());
            // A full batch makes a round due now, not at the end of the poll, so no insert holds
            // more than maxRows rows of a partition. (While a round is retrying, it waits for the next.)
            if (full && !flushing) {
                flush(batcher.takeAll(), false);
            }
        }
    }

    private SinkRow map(Route route, ConsumerRecord<byte[], byte[]> record) {
        try {
            return route.mapper().map(record).orElse(null);
        } catch (UnmappableRecordException e) {
            return deadLetter(record, e.reason());
        } catch (RuntimeException e) {
            return deadLetter(record, "mapper failed: " + e);
        }
    }

    private SinkRow deadLetter(ConsumerRecord<byte[], byte[]> record, String reason) {
        deadLetters.publish(record, reason);
        status.deadLettered();
        log.warn("Dead-lettered {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(),
                config.topics().deadLetter(), reason);
        return null;
    }

    /**
     * Writes the round (retrying until ClickHouse takes it), then commits its offsets in one call.
     *
     * @param atPollBoundary every record polled so far is in a batch, so a flushed partition may
     *                       be committed up to the consumer's position (past transaction markers)
     */
    private void flush(Round round, boolean atPollBoundary) {
        if (round.isEmpty()) {
            return;
        }
        flushing = true;
        revokedDuringFlush.clear();
        try {
            commit(writeWithRetry(round), atPollBoundary);
        } finally {
            flushing = false;
        }
    }

    /** @return the round as written: without partitions revoked meanwhile, empty if all were */
    private Round writeWithRetry(Round round) {
        long backoff = config.retryInitialBackoff().toMillis();
        try {
            while (true) {
                // Partitions that moved to another consumer are re-read there from the committed
                // offset. Their rows leave the round, so its inserts change token: rows already
                // stored by a failed attempt may be stored again, and version dedup makes that harmless.
                round = round.without(revokedDuringFlush);
                if (round.isEmpty()) {
                    status.running();
                    return round;
                }
                try {
                    Instant now = Instant.now();
                    long rows = writer.write(round, now);
                    status.batchesWritten(round.batches().size(), rows, now);
                    status.running();
                    return round;
                } catch (SQLException | RuntimeException e) {
                    String error = describe(e);
                    status.retrying(error);
                    log.warn("ClickHouse write of {} failed, retrying in {} ms without committing: {}",
                            round, backoff, error);
                    waitPolling(backoff);
                    backoff = Math.min(backoff * 2, config.retryMaxBackoff().toMillis());
                }
            }
        } finally {
            resume();
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }

    /** Waits by polling with every partition paused, so the consumer stays in its group. */
    private void waitPolling(long millis) {
        if (stopping) {
            throw new StopDuringRetry();
        }
        pause();
        try {
            handle(consumer.poll(Duration.ofMillis(millis)));
        } catch (WakeupException e) {
            if (stopping) {
                throw new StopDuringRetry();
            }
            throw e;
        }
        if (stopping) {
            throw new StopDuringRetry();
        }
    }

    private void pause() {
        if (!paused) {
            consumer.pause(consumer.assignment());
            paused = true;
        }
    }

    private void resume() {
        if (paused) {
            consumer.resume(consumer.assignment());
            paused = false;
        }
    }

    private void commit(Round round, boolean atPollBoundary) {
        if (round.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (Batch batch : round.batches()) {
            long next = batch.nextOffset();
            if (atPollBoundary && !batcher.hasOpen(batch.partition())) {
                // With read_committed the position is past the commit marker of a transactional
                // producer (Kafka Streams); committing it leaves no phantom lag of one record.
                try {
                    next = Math.max(next, consumer.position(batch.partition()));
                } catch (IllegalStateException notAssigned) {
                    // keep the batch's own offset
                }
            }
            offsets.put(batch.partition(), new OffsetAndMetadata(next));
        }
        try {
            consumer.commitSync(offsets);
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // The rows are in ClickHouse; whoever owns the partitions now re-reads them harmlessly.
            log.warn("Offset commit of {} failed after a rebalance: {}", offsets.keySet(), e.getMessage());
        }
    }

    private void shutdown(boolean clean) {
        try {
            if (clean) {
                flushOnce(batcher.takeAll());
            }
        } finally {
            try {
                consumer.close(Duration.ofSeconds(10));
            } finally {
                deadLetters.close();
                writer.close();
                if (status.state() != SinkStatus.State.FAILED) {
                    status.stopped();
                }
                log.info("Warehouse sink stopped ({} rows written, {} dead-lettered)",
                        status.rowsWritten(), status.deadLetteredCount());
            }
        }
    }

    /** At shutdown: one attempt; what is not written stays uncommitted and is read again next start. */
    private void flushOnce(Round round) {
        if (round.isEmpty()) {
            return;
        }
        try {
            Instant now = Instant.now();
            long rows = writer.write(round, now);
            status.batchesWritten(round.batches().size(), rows, now);
            commit(round, false);
        } catch (SQLException | RuntimeException e) {
            log.warn("Final flush failed; {} will be read again on restart: {}", round, e.getMessage());
        }
    }

    /** Thrown out of a retry wait when a stop was requested: the round in flight is not committed. */
    private static final class StopDuringRetry extends RuntimeException {
        StopDuringRetry() {
            super(null, null, false, false);
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Not committed, so the next owner (maybe us again) re-reads them from the committed offset.
            batcher.discard(partitions);
            revokedDuringFlush.addAll(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            onPartitionsRevoked(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (paused) {
                consumer.pause(partitions);
            }
            status.assigned(!consumer.assignment().isEmpty());
            log.info("Assigned {}", consumer.assignment());
        }
    }
}
