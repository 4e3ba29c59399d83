package io.pulsecrm.warehouse.sink;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatcherTest {

    private static final TopicPartition P0 = new TopicPartition("cdc.opportunity", 0);
    private static final TopicPartition P2 = new TopicPartition("cdc.opportunity", 2);
    private static final TopicPartition STAGES = new TopicPartition("cdc.opportunity_stage", 1);
    private static final long MS = 1_000_000L;

    private final Batcher batcher = new Batcher(new BatchPolicy(3, Duration.ofMillis(200)));

    private static final byte[] KEY = "42".getBytes(StandardCharsets.UTF_8);

    private static byte[] value(long offset) {
        return ("{\"offset\": " + offset + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static SinkRow row(long version) {
        return new PipelineByStageRow(1, 1, BigDecimal.ONE, BigDecimal.ONE, version, Instant.ofEpochMilli(version));
    }

    @Test
    void batchIsNotDueBeforeMaxDelayNorMaxRows() {
        batcher.add(P0, "opportunity", 10, KEY, value(10), row(1), 0);
        batcher.add(P0, "opportunity", 11, KEY, value(11), row(2), 150 * MS);

        assertThat(batcher.takeRound(199 * MS).isEmpty()).isTrue();
        assertThat(batcher.openBatches()).isOne();
        assertThat(batcher.nanosUntilNextDue(150 * MS)).hasValue(50 * MS);
    }

    @Test
    void batchIsDueMaxDelayAfterItsFirstRecord() {
        batcher.add(P0, "opportunity", 10, KEY, value(10), row(1), 0);
        batcher.add(P0, "opportunity", 11, KEY, value(11), row(2), 190 * MS);

        List<Batch> due = batcher.takeRound(200 * MS).batches();

        assertThat(due).singleElement().satisfies(b -> assertThat(b.rows()).hasSize(2));
        assertThat(batcher.openBatches()).isZero();
        assertThat(batcher.nanosUntilNextDue(200 * MS)).isEmpty();
    }

    @Test
    void batchIsFullAtMaxRows() {
        assertThat(batcher.add(P0, "opportunity", 10, KEY, value(10), row(1), 0)).isFalse();
        assertThat(batcher.add(P0, "opportunity", 11, KEY, value(11), row(2), 0)).isFalse();
        assertThat(batcher.add(P0, "opportunity", 12, KEY, value(12), row(3), 0)).isTrue();

        assertThat(batcher.takeRound(0).batches()).singleElement().satisfies(b -> assertThat(b.rows()).hasSize(3));
        assertThat(batcher.openBatches()).isZero();
    }

    @Test
    void recordsWithoutRowsCountForOffsetsButNotForSize() {
        batcher.add(P0, "opportunity", 10, KEY, value(10), row(1), 0);
        batcher.add(P0, "opportunity", 11, KEY, value(11), null, 0);
        batcher.add(P0, "opportunity", 12, KEY, value(12), null, 0);

        Batch batch = batcher.takeRound(200 * MS).batches().getFirst();

        assertThat(batch.rows()).hasSize(1);
        assertThat(batch.nextOffset()).isEqualTo(13);
        assertThat(batch.deduplicationToken()).matches("cdc\\.opportunity:0:10-12:[0-9a-f]{16}");
    }

    @Test
    void batchWithOnlyTombstonesIsStillFlushedSoItsOffsetsAreCommitted() {
        batcher.add(P0, "opportunity", 10, KEY, value(10), null, 0);

        assertThat(batcher.takeRound(200 * MS).batches()).singleElement()
                .satisfies(b -> assertThat(b.rows()).isEmpty())
                .satisfies(b -> assertThat(b.nextOffset()).isEqualTo(11));
    }

    @Test
    void partitionsAreBatchedSeparatelyAndOneDueBatchTakesEveryOpenBatchIntoTheRound() {
        batcher.add(P0, "opportunity", 10, KEY, value(10), row(1), 0);
        batcher.add(P2, "opportunity", 7, KEY, value(7), row(2), 50 * MS);
        batcher.add(P0, "opportunity", 11, KEY, value(11), row(3), 60 * MS);
        batcher.add(STAGES, "opportunity_stage", 3, KEY, value(3), row(4), 150 * MS);

        Round round = batcher.takeRound(200 * MS);

        assertThat(round.batches()).extracting(Batch::deduplicationToken).satisfiesExactly(
                t -> assertThat(t).startsWith("cdc.opportunity:0:10-11:"),
                t -> assertThat(t).startsWith("cdc.opportunity:2:7-7:"),
                t -> assertThat(t).startsWith("cdc.opportunity_stage:1:3-3:"));
        assertThat(batcher.openBatches()).isZero();
        assertThat(batcher.nanosUntilNextDue(200 * MS)).isEmpty();
    }

    @Test
    void fullBatchMakesTheRoundDueBeforeMaxDelay() {
        batcher.add(P2, "opportunity", 7, KEY, value(7), row(1), 0);
        batcher.add(P0, "opportunity", 10, KEY, value(10), row(2), 0);
        batcher.add(P0, "opportunity", 11, KEY, value(11), row(3), 0);
        batcher.add(P0, "opportunity", 12, KEY, value(12), row(4), 0);

        assertThat(batcher.takeRound(1 * MS).batches()).extracting(Batch::partition).containsExactly(P0, P2);
    }

    @Test
    void sameRecordsGiveSameDeduplicationToken() {
        Batcher replay = new Batcher(batcher.policy());
        for (Batcher b : List.of(batcher, replay)) {
            b.add(P2, "opportunity", 100, KEY, value(100), row(1), 0);
            b.add(P2, "opportunity", 101, KEY, value(101), row(2), 0);
            b.add(P2, "opportunity", 102, KEY, value(102), row(3), 0);
        }

        assertThat(batcher.takeAll().batches().getFirst().deduplicationToken())
                .isEqualTo(replay.takeAll().batches().getFirst().deduplicationToken())
                .startsWith("cdc.opportunity:2:100-102:");
    }

    @Test
    void sameOffsetsWithOtherRecordsGiveAnotherToken() {
        // a topic deleted and created again starts at offset 0 with new records: its batches must
        // not be mistaken for the old ones still in ClickHouse's deduplication window
        Batcher recreated = new Batcher(batcher.policy());
        batcher.add(P2, "opportunity", 0, KEY, value(0), row(1), 0);
        recreated.add(P2, "opportunity", 0, KEY, value(99), row(1), 0);

        assertThat(batcher.takeAll().batches().getFirst().deduplicationToken())
                .isNotEqualTo(recreated.takeAll().batches().getFirst().deduplicationToken());
    }

    @Test
    void tombstoneAndEmptyValueAreDifferentContent() {
        Batcher other = new Batcher(batcher.policy());
        batcher.add(P2, "opportunity", 0, KEY, null, null, 0);
        other.add(P2, "opportunity", 0, KEY, new byte[0], null, 0);

        assertThat(batcher.takeAll().batches().getFirst().deduplicationToken())
                .isNotEqualTo(other.takeAll().batches().getFirst().deduplicationToken());
    }

    @Test
    void discardedPartitionLeavesOtherBatches() {
        batcher.add(P0, "opportunity", 10, KEY, value(10), row(1), 0);
        batcher.add(P2, "opportunity", 7, KEY, value(7), row(2), 0);

        batcher.discard(List.of(P0));

        assertThat(batcher.takeAll().batches()).extracting(Batch::partition).containsExactly(P2);
    }

    @Test
    void batchSummarisesVersionAndCommitTime() {
        batcher.add(P0, "opportunity", 10, KEY, value(10), row(5), 0);
        batcher.add(P0, "opportunity", 11, KEY, value(11), row(9), 0);
        batcher.add(P0, "opportunity", 12, KEY, value(12), row(7), 0);

        Batch batch = batcher.takeAll().batches().getFirst();

        assertThat(batch.maxVersion()).isEqualTo(9);
        assertThat(batch.maxCommitTs()).isEqualTo(Instant.ofEpochMilli(9));
    }
}
