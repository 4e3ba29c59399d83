package io.pulsecrm.warehouse.sink;

import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The batches flushed together, and what that costs ClickHouse: one INSERT per table holding the
 * rows of all that table's batches, then one {@code sink_progress} INSERT with a row per table
 * written; then one offset commit for all the batches' partitions. On the local chDB endpoint every
 * statement costs about the same whatever its size, so the statements per round are what count.
 * Immutable: a retry sends the same round, so the same statements with the same tokens.
 */
final class Round {

    private static final Comparator<Batch> BY_PARTITION = Comparator
            .comparing((Batch b) -> b.partition().topic())
            .thenComparingInt(b -> b.partition().partition());

    private static final Round EMPTY = new Round(List.of());

    private final List<Batch> batches;
    private final List<TableInsert> inserts;

    private Round(List<Batch> batches) {
        this.batches = batches.stream().sorted(BY_PARTITION).toList();
        this.inserts = insertsOf(this.batches);
    }

    static Round of(Collection<Batch> batches) {
        return batches.isEmpty() ? EMPTY : new Round(List.copyOf(batches));
    }

    static Round empty() {
        return EMPTY;
    }

    /** Batches with rows only; a batch of tombstones or dead letters is committed but inserts nothing. */
    private static List<TableInsert> insertsOf(List<Batch> sorted) {
        Map<String, List<Batch>> byTable = sorted.stream()
                .filter(b -> !b.rows().isEmpty())
                .collect(Collectors.groupingBy(Batch::table, LinkedHashMap::new, Collectors.toList()));
        List<TableInsert> inserts = new ArrayList<>();
        byTable.forEach((table, tableBatches) -> inserts.add(new TableInsert(table, tableBatches)));
        inserts.sort(Comparator.comparing(TableInsert::table));
        return List.copyOf(inserts);
    }

    /** This round without the batches of partitions that moved to another consumer. */
    Round without(Set<TopicPartition> revoked) {
        if (revoked.isEmpty() || batches.stream().noneMatch(b -> revoked.contains(b.partition()))) {
            return this;
        }
        return of(batches.stream().filter(b -> !revoked.contains(b.partition())).toList());
    }

    boolean isEmpty() {
        return batches.isEmpty();
    }

    /** Every batch of the round, in (topic, partition) order, rows or not: all their offsets are committed. */
    List<Batch> batches() {
        return batches;
    }

    /** One per table with rows, in table name order. */
    List<TableInsert> inserts() {
        return inserts;
    }

    long rows() {
        return inserts.stream().mapToLong(TableInsert::rowCount).sum();
    }

    @Override
    public String toString() {
        return "Round[" + batches.stream().map(b -> b.partition() + "@" + b.firstOffset() + "-" + b.lastOffset())
                .collect(Collectors.joining(", ")) + "; " + rows() + " rows]";
    }
}
