package io.pulsecrm.streams;

import io.pulsecrm.streams.change.DeadLetters;
import io.pulsecrm.streams.segment.SegmentTopology;
import io.pulsecrm.streams.forecast.ForecastSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Kafka Streams application {@code pulse-analytics-v7}: its configuration and lifecycle, no logic. */
public final class AnalyticsStreams implements AutoCloseable {

    /**
     * Changed whenever the topology changes its stores or internal topics (v2: the win rate is applied
     * after the sum by stage; v3: shared CDC tables with every captured column; v4: stores in RecordSerde's binary format; v5: the funnel, campaign ROI, forecast and segmentation topologies; v6: no funnel-*-emitted stores, forecast-cells-changed; v7: the pipeline by stage sums the forecast's deals by stage, no open-deal-by-stage topic). Under the old id the group would resume at its committed cdc offsets with
     * new, empty stores that never saw the earlier changes; a new id is a new consumer group, which reads
     * the compacted cdc topics from the beginning and rebuilds every store, under a new state directory
     * and new internal topics (the old ones are left unused).
     */
    public static final String APPLICATION_ID = "pulse-analytics-v7";

    /** The batch of the Streams producer (see {@link #properties}). */
    static final int PRODUCER_BATCH_BYTES = 256 * 1024;

    /** Records Streams queues per input partition before it pauses that partition (see {@link #properties}). */
    static final int BUFFERED_RECORDS_PER_PARTITION = 200;

    private static final Logger log = LoggerFactory.getLogger(AnalyticsStreams.class);

    private final Topology topology;
    private final Properties properties;
    private volatile KafkaStreams streams;
    private boolean closed;

    public AnalyticsStreams(StreamProcessorsConfig config, Topics topics) {
        this.properties = properties(config);
        // The builder gets the same config as the client, so topology-level settings apply to it too.
        this.topology = AnalyticsTopology.build(
                new StreamsBuilder(new TopologyConfig(new StreamsConfig(properties))), topics);
    }

    static Properties properties(StreamProcessorsConfig config) {
        var p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Under EOS a commit ends the transaction and makes the output visible to read_committed
        // consumers: the interval is the floor of end-to-end latency (StreamProcessorsConfig).
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, (int) config.streamsCommitInterval().toMillis());
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.streamsStateDir().toAbsolutePath().toString());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.replicationFactor());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        // After a crash the restarted instance waits in the rebalance until the dead member's session
        // expires: 10 s instead of the default 45 s. The heap is small, so no GC pause gets near it.
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 3_000);
        // Streams' default, stated because the stores depend on it: a new group (new application id)
        // rebuilds them by reading the compacted cdc topics from the beginning.
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Folds repeated updates of a key (a stage's totals, a forecast cell) into one per commit. Its bytes are
        // counted below what the entries take on the heap (about 3× here), hence the 512 MB heap.
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 8L * 1024 * 1024);
        // Input waiting to be processed: Streams keeps up to this many records per input partition (default
        // 1,000), and the main consumer prefetches up to 50 MB. Over 90 source partitions of CDC JSON that was more than
        // the 512 MB heap whenever a backlog stood on many topics at once (a million customers' snapshot): the old
        // generation full of queued records, 1,250 full collections, 320 events/s. Bounded, the queues stay small.
        p.put(StreamsConfig.BUFFERED_RECORDS_PER_PARTITION_CONFIG, BUFFERED_RECORDS_PER_PARTITION);
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), 8 * 1024 * 1024);
        p.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), 256 * 1024);
        // A task reads several topics; by default it waits, before each record, until every empty input partition is
        // known to have nothing on the broker either, so as to process in timestamp order across them (and Kafka
        // Streams 4.3 formats a log line per empty partition for every such check: 10% of the stream thread under the
        // pipeline bench). Nothing here depends on that order: every join is table-table, or uses its table only for
        // co-partitioning, and every state is a function of the newest rows by LSN, so any order ends in the same
        // figures (the TopologyTestDriver tests feed topics out of order). So a task processes what it has.
        p.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
        // One producer writes every changelog, internal and output topic (about 120 partitions). With 16 KB batches
        // (the default) a busy partition filled one every few ms, and each full batch woke the sender, which then
        // scanned every partition's queue: the sender thread took 12% of stream-processors' CPU in the throughput
        // phase of the pipeline bench (404-447 ticks per 200,000 changes; 148 with 256 KB). Under exactly-once the
        // commit flushes every batch anyway, so larger ones hold nothing back longer than a commit interval; the
        // producer's buffer.memory (32 MB) still bounds what they take.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), PRODUCER_BATCH_BYTES);
        p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbConfig.class);
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        // Store and internal topic names are part of the deployed state: an auto-generated name would
        // change when the topology changes and silently orphan a store. Refuse to start instead.
        p.put("ensure.explicit.internal.resource.naming", true);
        p.put(SegmentTopology.ZONE_CONFIG, config.segmentZone().getId());
        p.put(ForecastSettings.ZONE_CONFIG, config.forecastZone().getId());
        return p;
    }

    /**
     * Creates the client only now: it connects at construction, and before the topics exist (Kafka not
     * up yet) it would only fill the log with connection warnings.
     */
    public synchronized void start() {
        if (streams != null || closed) {
            return;
        }
        streams = new KafkaStreams(topology, properties);
        streams.setStateListener((next, previous) -> log.info("Streams {} -> {}", previous, next));
        streams.setUncaughtExceptionHandler(e -> {
            // Poison input never gets here (it is dead-lettered); this is a bug or an infrastructure
            // failure. EOS aborts the open transaction, so a replacement thread resumes without loss.
            log.error("Stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
    }

    /** The topology as built for this client's properties. */
    Topology topology() {
        return topology;
    }

    /** The topology's CDC inputs and analytics outputs, which must exist before it starts. */
    public Set<String> inputs() {
        return AnalyticsTopology.inputs(topology);
    }

    public Set<String> outputs() {
        return AnalyticsTopology.outputs(topology);
    }

    /** The client's state, or empty before {@link #start()}. */
    public Optional<KafkaStreams.State> state() {
        return Optional.ofNullable(streams).map(KafkaStreams::state);
    }

    public long deadLettered() {
        KafkaStreams current = streams;
        return current == null ? 0 : DeadLetters.count(current.metrics());
    }

    /** Leaves the consumer group, so that the next start does not wait out the session timeout. */
    @Override
    public synchronized void close() {
        closed = true;
        if (streams == null) {
            return;
        }
        boolean closed = streams.close(CloseOptions
                .groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        log.info("Streams closed{}", closed ? "" : " (timed out)");
    }
}
