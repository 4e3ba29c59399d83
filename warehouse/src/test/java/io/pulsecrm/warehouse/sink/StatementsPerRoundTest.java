package io.pulsecrm.warehouse.sink;

import io.pulsecrm.warehouse.ClickHouseConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.pulsecrm.warehouse.sink.ChangeEvents.envelope;
import static io.pulsecrm.warehouse.sink.ChangeEvents.opportunity;
import static io.pulsecrm.warehouse.sink.ChangeEvents.stage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one flush round costs ClickHouse, counted at the JDBC boundary: the loop with Kafka's mock
 * consumer and the real {@link ClickHouseBatchWriter} over a DataSource that records each statement.
 * Records of 3 topics × 3 partitions due together: 4 statements (one INSERT per table, one into
 * {@code sink_progress}) and one commit, where one INSERT per partition batch took 10.
 */
class StatementsPerRoundTest {

    private static final String DEALS = "cdc.opportunity";
    private static final String STAGES = "cdc.opportunity_stage";
    private static final String PIPELINE = "analytics.pipeline_by_stage";
    private static final List<TopicPartition> PARTITIONS = List.of(DEALS, STAGES, PIPELINE).stream()
            .flatMap(topic -> List.of(0, 1, 2).stream().map(p -> new TopicPartition(topic, p)))
            .toList();

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final RecordingConsumer consumer = new RecordingConsumer(events);
    private final RecordingJdbc jdbc = new RecordingJdbc(events);
    private final SinkStatus status = new SinkStatus();

    private WarehouseSink sink() {
        SinkConfig config = SinkConfig.of("unused:9092", ClickHouseConfig.of("jdbc:clickhouse:http://unused:1"));
        config = new SinkConfig(config.kafkaBootstrap(), config.clickHouse(), 0, config.groupId(),
                new BatchPolicy(1_000, Duration.ZERO), Duration.ofMillis(1), Duration.ofMillis(4),
                config.topics(), 3, (short) 1);
        Map<String, String> inserts = Routes.forTopics(config.topics()).values().stream()
                .collect(Collectors.toMap(Route::table, Route::insertSql));
        WarehouseSink sink = new WarehouseSink(config, consumer,
                new DeadLetterPublisher(new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()),
                        "dlq.warehouse"),
                new ClickHouseBatchWriter(jdbc.dataSource(), inserts, jdbc.tokenSetting()), status);
        consumer.afterCommit = () -> consumer.schedulePollTask(sink::stop);
        return sink;
    }

    /** One record on every partition of the three topics, in one poll. */
    private void deliverOneRecordPerPartition(Function<TopicPartition, String> value) {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(PARTITIONS);
            consumer.updateBeginningOffsets(PARTITIONS.stream().collect(Collectors.toMap(p -> p, p -> 0L)));
            PARTITIONS.forEach(p -> consumer.addRecord(record(p, value.apply(p))));
        });
    }

    private static ConsumerRecord<byte[], byte[]> record(TopicPartition partition, String value) {
        long id = 100 + partition.partition();
        return new ConsumerRecord<>(partition.topic(), partition.partition(), 0,
                Long.toString(id).getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static String change(TopicPartition partition) {
        long id = 100 + partition.partition();
        long lsn = 5_000 + partition.partition();
        return switch (partition.topic()) {
            case DEALS -> envelope("c", null, opportunity(id, "10.00", 1, "OPEN", null, 1), "opportunity", lsn);
            case STAGES -> envelope("c", null, stage(id, "Stage " + id, partition.partition(), "20.00", 1), "opportunity_stage", lsn);
            default -> """
                    {"stageId": %d, "openCount": 1, "openAmount": "10.00", "weightedAmount": "2.00", "version": %d, "sourceTsMs": 1763920000123}
                    """.formatted(id, lsn);
        };
    }

    private static String insert(String table, String topic) {
        return "INSERT " + table + " rows=3 token=" + topic + ":0:0-0," + topic + ":1:0-0," + topic + ":2:0-0";
    }

    private static final String DEAL_INSERT = insert("opportunity", DEALS);
    private static final String STAGE_INSERT = insert("opportunity_stage", STAGES);
    private static final String PIPELINE_INSERT = insert("pipeline_by_stage", PIPELINE);
    private static final String PROGRESS_INSERT = "INSERT sink_progress rows=3";
    private static final String COMMIT_ALL = "commit " + PARTITIONS.stream().map(p -> p + "=1").sorted()
            .collect(Collectors.joining(", "));

    @Test
    void recordsOfThreePartitionsOfThreeTopicsDueTogetherCostFourStatementsAndOneCommit() {
        deliverOneRecordPerPartition(StatementsPerRoundTest::change);

        sink().run();

        assertThat(events).containsExactly(DEAL_INSERT, STAGE_INSERT, PIPELINE_INSERT, PROGRESS_INSERT, COMMIT_ALL);
        assertThat(events.stream().filter(e -> e.startsWith("INSERT "))).hasSize(4);
        assertThat(status.rowsWritten()).isEqualTo(9);
    }

    @Test
    void outageInTheMiddleOfARoundRetriesTheSameStatementsAndCommitsOnceAfterwards() {
        jdbc.fail("opportunity_stage", 1);
        deliverOneRecordPerPartition(StatementsPerRoundTest::change);

        sink().run();

        assertThat(events).containsExactly(
                DEAL_INSERT,
                "fail " + STAGE_INSERT,
                DEAL_INSERT, STAGE_INSERT, PIPELINE_INSERT, PROGRESS_INSERT,
                COMMIT_ALL);
        // the insert that went through is sent again with its very token, so ClickHouse drops it
        List<String> dealTokens = new ArrayList<>(jdbc.tokens.stream().filter(t -> t.startsWith(DEALS + ":")).toList());
        assertThat(dealTokens).hasSize(2).containsOnly(dealTokens.getFirst());
    }

    @Test
    void progressFailureRetriesTheWholeRoundBeforeAnyCommit() {
        jdbc.fail("sink_progress", 2);
        deliverOneRecordPerPartition(StatementsPerRoundTest::change);

        sink().run();

        List<String> attempt = List.of(DEAL_INSERT, STAGE_INSERT, PIPELINE_INSERT);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            expected.addAll(attempt);
            expected.add("fail " + PROGRESS_INSERT);
        }
        expected.addAll(attempt);
        expected.add(PROGRESS_INSERT);
        expected.add(COMMIT_ALL);
        assertThat(events).containsExactlyElementsOf(expected);
    }

    @Test
    void roundOfTombstonesOnlyCostsNoStatementAndIsCommitted() {
        deliverOneRecordPerPartition(p -> null);

        sink().run();

        assertThat(events).containsExactly(COMMIT_ALL);
    }
}
