package io.pulsecrm.streams.pipeline;

import io.pulsecrm.streams.Topic;
import io.pulsecrm.streams.Topics;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.TableJoined;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Open pipeline by stage: count, amount and weighted amount (amount × win rate / 100) of the OPEN
 * opportunities in each stage, from {@code cdc.opportunity} and {@code cdc.opportunity_stage}.
 *
 * <p>A CDC topic is a changelog, not a list of inserts: opportunities and stages are tables, and the
 * totals are aggregated with an adder and a subtractor, so an update retracts the old contribution
 * before adding the new one. That is what lets a stage move leave the old bucket, a close or delete
 * leave the pipeline, and a win-rate change re-weight every deal of the stage.
 */
public final class PipelineByStageTopology {

    private static final Serde<OpportunityRow> OPPORTUNITY = JsonSerde.of(OpportunityRow.class);
    private static final Serde<StageRow> STAGE = JsonSerde.of(StageRow.class);
    private static final Serde<Contribution> CONTRIBUTION = JsonSerde.of(Contribution.class);
    private static final Serde<StageTotals> TOTALS = JsonSerde.of(StageTotals.class);

    private PipelineByStageTopology() {}

    public static Topology build(StreamsBuilder builder, Topics topics) {
        KTable<String, StageRow> stages =
                latestByLsn(builder, topics.cdcOpportunityStage(), topics.dlqCdc(), "stage", StageRow::from, STAGE)
                        .filter((id, stage) -> !stage.deleted(), Named.as("live-stages"));

        KTable<String, OpportunityRow> openOpportunities =
                latestByLsn(builder, topics.cdcOpportunity(), topics.dlqCdc(), "opportunity", OpportunityRow::from,
                        OPPORTUNITY)
                        .filter((id, opportunity) -> opportunity.countsAsOpen(), Named.as("open-opportunities"));

        // A foreign-key join, not a lookup at event time: when a stage's win rate changes, the join
        // re-emits every open opportunity of that stage with its new weight.
        KTable<String, Contribution> contributions = openOpportunities.join(
                stages, OpportunityRow::stageKey, Contribution::of,
                TableJoined.as("opportunity-stage-join"),
                Materialized.<String, Contribution, KeyValueStore<Bytes, byte[]>>as("open-opportunity-contribution")
                        .withKeySerde(Serdes.String()).withValueSerde(CONTRIBUTION));

        KTable<String, StageTotals> totals = contributions
                .groupBy((opportunityId, c) -> KeyValue.pair(c.stageKey(), c),
                        Grouped.with("contribution-by-stage", Serdes.String(), CONTRIBUTION))
                .aggregate(StageTotals::empty,
                        (stageId, c, agg) -> agg.plus(c),
                        (stageId, c, agg) -> agg.minus(c),
                        Named.as("stage-totals"),
                        Materialized.<String, StageTotals, KeyValueStore<Bytes, byte[]>>as("pipeline-by-stage-totals")
                                .withKeySerde(Serdes.String()).withValueSerde(TOTALS));

        Topic<String, PipelineByStage> output = topics.pipelineByStage();
        totals.toStream(Named.as("stage-totals-changes"))
                .processValues(PipelineVersioner.supplier(), Named.as("versioned-pipeline-by-stage"))
                .to(output.name(), output.produced());
        return builder.build();
    }

    /**
     * The table of the latest state per primary key. CDC delivers at least once and a restart replays,
     * so the higher LSN wins rather than the later arrival; deletes stay as markers with their LSN and
     * are filtered out by the caller. Poison events leave for the dead-letter topic on the way.
     */
    private static <T extends LsnVersioned> KTable<String, T> latestByLsn(StreamsBuilder builder,
            Topic<String, byte[]> source, Topic<String, byte[]> deadLetters, String entity,
            Function<ChangeEnvelope, T> toRow, Serde<T> rowSerde) {
        KStream<String, Parsed<T>> parsed = builder.stream(source.name(), source.consumed())
                .processValues(() -> new ChangeEventProcessor<>(toRow), Named.as(entity + "-parse"));

        parsed.filter((key, p) -> p.isPoison(), Named.as(entity + "-poison"))
                .mapValues(Parsed::raw, Named.as(entity + "-poison-bytes"))
                .to(deadLetters.name(), deadLetters.produced());

        return parsed.filter((key, p) -> !p.isPoison(), Named.as(entity + "-valid"))
                .mapValues(Parsed::row, Named.as(entity + "-row"))
                .groupByKey(Grouped.with(entity + "-by-id", Serdes.String(), rowSerde))
                .reduce(LsnVersioned::newer, Named.as(entity + "-latest-by-lsn"),
                        Materialized.<String, T, KeyValueStore<Bytes, byte[]>>as(entity + "-latest")
                                .withKeySerde(Serdes.String()).withValueSerde(rowSerde));
    }
}
