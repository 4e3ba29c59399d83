package io.pulsecrm.warehouse.sink;

import io.pulsecrm.warehouse.ClickHouseConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop's ordering rules with Kafka's mock clients and a scripted writer: write the round, then
 * commit it once; nothing committed while ClickHouse fails; poison records dead-lettered and passed over.
 */
class WarehouseSinkTest {

    private static final String TOPIC = "analytics.pipeline_by_stage";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    private static final TopicPartition P2 = new TopicPartition(TOPIC, 2);

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final RecordingConsumer consumer = new RecordingConsumer(events);
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final SinkStatus status = new SinkStatus();

    private static ConsumerRecord<byte[], byte[]> aggregate(long offset, long stageId, long version) {
        return aggregate(0, offset, stageId, version);
    }

    private static ConsumerRecord<byte[], byte[]> aggregate(int partition, long offset, long stageId, long version) {
        String json = """
                {"stageId": %d, "openCount": 2, "openAmount": "10.00", "weightedAmount": "5.00", "version": %d, "sourceTsMs": 1763920000123}
                """.formatted(stageId, version);
        return raw(partition, offset, Long.toString(stageId), json);
    }

    private static ConsumerRecord<byte[], byte[]> raw(long offset, String key, String value) {
        return raw(0, offset, key, value);
    }

    private static ConsumerRecord<byte[], byte[]> raw(int partition, long offset, String key, String value) {
        return new ConsumerRecord<>(TOPIC, partition, offset, key.getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private WarehouseSink sink(ScriptedWriter writer) {
        SinkConfig config = SinkConfig.of("unused:9092", ClickHouseConfig.of("jdbc:clickhouse:http://unused:1"));
        config = new SinkConfig(config.kafkaBootstrap(), config.clickHouse(), 0, config.groupId(),
                new BatchPolicy(1_000, Duration.ZERO), Duration.ofMillis(1), Duration.ofMillis(4),
                config.topics(), 3, (short) 1);
        WarehouseSink sink = new WarehouseSink(config, consumer, new DeadLetterPublisher(producer, "dlq.warehouse"), writer, status);
        writer.onSuccess = () -> consumer.schedulePollTask(sink::stop);
        return sink;
    }

    @SafeVarargs
    private void deliver(ConsumerRecord<byte[], byte[]>... records) {
        consumer.schedulePollTask(() -> {
            List<TopicPartition> partitions = List.of(P0, P1, P2);
            consumer.rebalance(partitions);
            consumer.updateBeginningOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> 0L)));
            for (ConsumerRecord<byte[], byte[]> record : records) {
                consumer.addRecord(record);
            }
        });
    }

    @Test
    void commitsOffsetsOnlyAfterTheBatchIsWritten() {
        ScriptedWriter writer = new ScriptedWriter(events, 0);
        deliver(aggregate(0, 1, 10), aggregate(1, 2, 11), raw(2, "2", null));

        sink(writer).run();

        assertThat(events).containsExactly("write " + TOPIC + ":0:0-2 rows=2", "commit " + P0 + "=3");
        assertThat(status.rowsWritten()).isEqualTo(2);
        assertThat(status.state()).isEqualTo(SinkStatus.State.STOPPED);
    }

    @Test
    void batchesOfEveryPartitionDueTogetherAreWrittenAsOneRoundAndCommittedOnce() {
        ScriptedWriter writer = new ScriptedWriter(events, 0);
        deliver(aggregate(2, 0, 3, 30), aggregate(0, 0, 1, 10), aggregate(1, 0, 2, 20), aggregate(0, 1, 1, 11));

        sink(writer).run();

        assertThat(events).containsExactly(
                "write " + TOPIC + ":0:0-1," + TOPIC + ":1:0-0," + TOPIC + ":2:0-0 rows=4",
                "commit " + P0 + "=2, " + P1 + "=1, " + P2 + "=1");
    }

    @Test
    void clickHouseOutageIsRetriedWithTheSameRoundAndNothingCommittedMeanwhile() {
        ScriptedWriter writer = new ScriptedWriter(events, 3);
        deliver(aggregate(0, 1, 10), aggregate(1, 1, 12), aggregate(1, 0, 2, 20));

        sink(writer).run();

        String round = TOPIC + ":0:0-1," + TOPIC + ":1:0-0";
        assertThat(events).containsExactly(
                "fail " + round,
                "fail " + round,
                "fail " + round,
                "write " + round + " rows=3",
                "commit " + P0 + "=2, " + P1 + "=1");
        assertThat(writer.tokens).hasSize(4).containsOnly(writer.tokens.getFirst());
        assertThat(consumer.paused()).isEmpty();
    }

    @Test
    void stopDuringOutageCommitsNothing() {
        ScriptedWriter writer = new ScriptedWriter(events, Integer.MAX_VALUE);
        deliver(aggregate(0, 1, 10));
        WarehouseSink sink = sink(writer);
        consumer.schedulePollTask(sink::stop); // runs during the first retry wait

        sink.run();

        assertThat(events).isNotEmpty().allMatch(e -> e.startsWith("fail "));
        assertThat(status.state()).isEqualTo(SinkStatus.State.STOPPED);
    }

    @Test
    void batchOfPartitionRevokedDuringOutageIsDroppedAndTheConsumerGoesOnUnpaused() {
        ScriptedWriter writer = new ScriptedWriter(events, 1);
        deliver(aggregate(0, 1, 10));
        WarehouseSink sink = sink(writer);
        consumer.schedulePollTask(() -> consumer.rebalance(List.of())); // during the retry wait
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(P0));
            consumer.addRecord(aggregate(1, 1, 11));
        });

        sink.run();

        assertThat(events).containsExactly(
                "fail " + TOPIC + ":0:0-0",
                "write " + TOPIC + ":0:1-1 rows=1",
                "commit " + P0 + "=2");
    }

    @Test
    void partitionRevokedDuringOutageLeavesTheRoundAndTheRestIsWrittenAndCommitted() {
        ScriptedWriter writer = new ScriptedWriter(events, 1);
        deliver(aggregate(0, 0, 1, 10), aggregate(1, 0, 2, 20));
        WarehouseSink sink = sink(writer);
        consumer.schedulePollTask(() -> consumer.rebalance(List.of(P0, P2))); // P1 moves away during the retry wait

        sink.run();

        assertThat(events).containsExactly(
                "fail " + TOPIC + ":0:0-0," + TOPIC + ":1:0-0",
                "write " + TOPIC + ":0:0-0 rows=1",
                "commit " + P0 + "=1");
    }

    @Test
    void poisonRecordIsDeadLetteredWithReasonAndLaterRecordsStillArrive() {
        ScriptedWriter writer = new ScriptedWriter(events, 0);
        deliver(aggregate(0, 1, 10), raw(1, "7", "{not json"), aggregate(2, 3, 12));

        sink(writer).run();

        assertThat(events).containsExactly("write " + TOPIC + ":0:0-2 rows=2", "commit " + P0 + "=3");
        assertThat(status.deadLetteredCount()).isEqualTo(1);
        ProducerRecord<byte[], byte[]> dead = producer.history().getFirst();
        assertThat(dead.topic()).isEqualTo("dlq.warehouse");
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("7");
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(header(dead, "crm.dlq.reason")).startsWith("value is not valid JSON");
        assertThat(header(dead, "crm.dlq.topic")).isEqualTo(TOPIC);
        assertThat(header(dead, "crm.dlq.partition")).isEqualTo("0");
        assertThat(header(dead, "crm.dlq.offset")).isEqualTo("1");
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** Fails the first {@code failures} writes, then succeeds; logs the round's batches it was given. */
    private static final class ScriptedWriter implements BatchWriter {
        private final List<String> events;
        private int failures;
        final List<String> tokens = new CopyOnWriteArrayList<>();
        Runnable onSuccess = () -> { };

        ScriptedWriter(List<String> events, int failures) {
            this.events = events;
            this.failures = failures;
        }

        @Override
        public long write(Round round, Instant now) throws SQLException {
            // the batches' offset ranges; the content hash is covered by BatcherTest
            String ranges = round.batches().stream()
                    .map(b -> b.deduplicationToken().substring(0, b.deduplicationToken().lastIndexOf(':')))
                    .collect(Collectors.joining(","));
            round.inserts().forEach(insert -> tokens.add(insert.deduplicationToken()));
            if (failures > 0) {
                failures--;
                events.add("fail " + ranges);
                throw new SQLException("Connection refused");
            }
            events.add("write " + ranges + " rows=" + round.rows());
            onSuccess.run();
            return round.rows();
        }

        @Override
        public void close() {
        }
    }
}
