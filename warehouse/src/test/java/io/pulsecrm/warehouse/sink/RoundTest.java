package io.pulsecrm.warehouse.sink;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How a round's batches become statements: one INSERT per table, its token, its progress row. */
class RoundTest {

    private static final String DEALS = "cdc.opportunity";

    private static TopicPartition deals(int partition) {
        return new TopicPartition(DEALS, partition);
    }

    /** A batch of {@code versions.length} records from {@code firstOffset}, one row each. */
    private static Batch batch(TopicPartition partition, String table, long firstOffset, long... versions) {
        Batch batch = new Batch(partition, table, firstOffset, 0);
        for (int i = 0; i < versions.length; i++) {
            long offset = firstOffset + i;
            batch.add(offset, bytes("k" + offset), bytes("v" + offset + "@" + versions[i]), row(versions[i]));
        }
        return batch;
    }

    private static Batch tombstones(TopicPartition partition, String table, long firstOffset) {
        Batch batch = new Batch(partition, table, firstOffset, 0);
        batch.add(firstOffset, bytes("k"), null, null);
        return batch;
    }

    private static SinkRow row(long version) {
        return new PipelineByStageRow(1, 1, BigDecimal.ONE, BigDecimal.ONE, version, Instant.ofEpochMilli(version));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void batchesOfThreePartitionsOfOneTableAreOneInsertInPartitionOrder() {
        Batch p2 = batch(deals(2), "opportunity", 7, 30);
        Batch p0 = batch(deals(0), "opportunity", 10, 10, 11);
        Batch p1 = batch(deals(1), "opportunity", 4, 20);

        Round round = Round.of(List.of(p2, p0, p1));

        assertThat(round.inserts()).singleElement().satisfies(insert -> {
            assertThat(insert.table()).isEqualTo("opportunity");
            assertThat(insert.rows()).extracting(SinkRow::version).containsExactly(10L, 11L, 20L, 30L);
            assertThat(insert.deduplicationToken()).isEqualTo(String.join(",",
                    p0.deduplicationToken(), p1.deduplicationToken(), p2.deduplicationToken()));
            assertThat(insert.maxVersion()).isEqualTo(30);
            assertThat(insert.maxCommitTs()).isEqualTo(Instant.ofEpochMilli(30));
        });
        assertThat(round.batches()).extracting(Batch::partition).containsExactly(deals(0), deals(1), deals(2));
        assertThat(round.rows()).isEqualTo(4);
    }

    @Test
    void sameRecordsGiveTheSameMergedTokenWhateverOrderTheBatchesCameIn() {
        Round first = Round.of(List.of(batch(deals(0), "opportunity", 10, 1), batch(deals(1), "opportunity", 4, 2)));
        Round again = Round.of(List.of(batch(deals(1), "opportunity", 4, 2), batch(deals(0), "opportunity", 10, 1)));

        assertThat(again.inserts().getFirst().deduplicationToken())
                .isEqualTo(first.inserts().getFirst().deduplicationToken())
                .matches("cdc\\.opportunity:0:10-10:[0-9a-f]{16},cdc\\.opportunity:1:4-4:[0-9a-f]{16}");
    }

    @Test
    void otherRecordsInOnePartitionGiveAnotherMergedToken() {
        Round first = Round.of(List.of(batch(deals(0), "opportunity", 10, 1), batch(deals(1), "opportunity", 4, 2)));
        Round other = Round.of(List.of(batch(deals(0), "opportunity", 10, 1), batch(deals(1), "opportunity", 4, 3)));

        assertThat(other.inserts().getFirst().deduplicationToken())
                .isNotEqualTo(first.inserts().getFirst().deduplicationToken());
    }

    @Test
    void singlePartitionInsertKeepsItsBatchToken() {
        Batch only = batch(deals(2), "opportunity", 100, 1, 2);

        assertThat(Round.of(List.of(only)).inserts().getFirst().deduplicationToken())
                .isEqualTo(only.deduplicationToken())
                .startsWith("cdc.opportunity:2:100-101:");
    }

    @Test
    void tokenOfManyPartitionsIsHashedDeterministically() {
        List<Batch> batches = IntStream.range(0, 40).mapToObj(p -> batch(deals(p), "opportunity", 1_000_000, p)).toList();

        String token = Round.of(batches).inserts().getFirst().deduplicationToken();

        assertThat(token).matches("opportunity:40-batches:[0-9a-f]{64}")
                .isEqualTo(Round.of(batches.reversed()).inserts().getFirst().deduplicationToken());
    }

    @Test
    void oneInsertPerTableInTableOrder() {
        Round round = Round.of(List.of(
                batch(new TopicPartition("analytics.pipeline_by_stage", 0), "pipeline_by_stage", 0, 5),
                batch(deals(1), "opportunity", 0, 6),
                batch(new TopicPartition("cdc.opportunity_stage", 2), "opportunity_stage", 0, 7),
                batch(deals(0), "opportunity", 0, 8)));

        assertThat(round.inserts()).extracting(TableInsert::table)
                .containsExactly("opportunity", "opportunity_stage", "pipeline_by_stage");
        assertThat(round.inserts().getFirst().rowCount()).isEqualTo(2);
    }

    @Test
    void batchWithoutRowsIsCommittedButInsertsNothing() {
        Batch rows = batch(deals(0), "opportunity", 10, 1);
        Batch onlyTombstone = tombstones(deals(1), "opportunity", 4);

        Round round = Round.of(List.of(rows, onlyTombstone));

        assertThat(round.batches()).containsExactly(rows, onlyTombstone);
        assertThat(round.inserts()).singleElement()
                .satisfies(insert -> assertThat(insert.deduplicationToken()).isEqualTo(rows.deduplicationToken()));
        assertThat(Round.of(List.of(onlyTombstone)).inserts()).isEmpty();
    }

    @Test
    void revokedPartitionLeavesTheRoundAndItsInsert() {
        Batch p0 = batch(deals(0), "opportunity", 10, 1);
        Batch p1 = batch(deals(1), "opportunity", 4, 2);
        Round round = Round.of(List.of(p0, p1));

        Round kept = round.without(Set.of(deals(1)));

        assertThat(kept.batches()).containsExactly(p0);
        assertThat(kept.inserts().getFirst().deduplicationToken()).isEqualTo(p0.deduplicationToken());
        assertThat(round.without(Set.of(deals(0), deals(1))).isEmpty()).isTrue();
        assertThat(round.without(Set.of())).isSameAs(round);
    }
}
