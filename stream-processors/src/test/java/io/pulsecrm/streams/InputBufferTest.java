package io.pulsecrm.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/**
 * The input Streams may hold before processing it — queued per source partition, plus what the main consumer
 * prefetched — stays a small part of stream-processors' 512 MB heap (local-stack's cap) when every input has a
 * backlog, as after a million customers' snapshot. With Streams' defaults (1,000 records a partition, 50 MB
 * fetches) the queued change events filled the old generation and the service spent its time in full collections.
 */
class InputBufferTest {

    private static final long HEAP = 512L * 1024 * 1024;
    /** A generous change event: the JSON of a row before and after, with its headers. */
    private static final long EVENT_BYTES = 2 * 1024;

    @Test
    void queuedInputOfEveryPartitionAtOnceFitsInAQuarterOfTheHeap() {
        StreamProcessorsConfig config = StreamProcessorsConfig.fromEnv(Map.of());
        Properties p = AnalyticsStreams.properties(config);
        Set<String> sources = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : new AnalyticsStreams(config, Topics.DEFAULT).topology().describe()
                .subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Source source) {
                    sources.addAll(source.topicSet());
                }
            }
        }
        long partitions = (long) sources.size() * StreamProcessorsConfig.PARTITIONS;
        long perPartition = ((Number) p.get(StreamsConfig.BUFFERED_RECORDS_PER_PARTITION_CONFIG)).longValue();
        long prefetch = ((Number) p.get(StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG)))
                .longValue();

        long queued = partitions * perPartition * EVENT_BYTES + prefetch;

        assertThat(sources).as("the topology's source topics").hasSizeGreaterThan(20);
        assertThat(queued).as("%d partitions × %d records × %d bytes + %d prefetched", partitions, perPartition,
                EVENT_BYTES, prefetch).isLessThanOrEqualTo(HEAP / 4);
    }
}
