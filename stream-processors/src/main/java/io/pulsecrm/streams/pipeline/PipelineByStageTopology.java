package io.pulsecrm.streams.pipeline;

import io.pulsecrm.streams.rows.StageRow;
import io.pulsecrm.streams.Topic;
import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.forecast.DealDelta;
import io.pulsecrm.streams.forecast.ForecastTopology;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Open pipeline by stage: count, amount and weighted amount (amount × win rate / 100) of the OPEN
 * opportunities in each stage, from {@code cdc.opportunity} and {@code cdc.opportunity_stage}.
 *
 * <p>A CDC topic is a changelog, not a list of inserts: an update must take the deal out of the bucket it
 * counted in before it enters the new one. The forecast already turns every deal change into exactly that,
 * deltas leaving and entering its cells keyed by stage id ({@link ForecastTopology#dealsByStage}); an open
 * cell is a stage's open deals of one close month and owner, so the stage's open totals are the sum of its
 * open deltas. Summing that shared stream, not a re-keying of its own, is what makes the pipeline by stage
 * cost no internal topic: a deal change crosses the one topic the forecast needs (under exactly-once each
 * internal topic costs a send, a fetch and a transaction commit per change).
 *
 * <p>Why the win rate is applied after the sum, not per deal: every open deal of a stage has that
 * stage's win rate, so the weighted amount is the stage's open amount × win rate / 100. The deltas arrive
 * in the task that holds the stage's row, so a win-rate change re-weights the stage in one update instead of
 * one per deal, without crossing a topic.
 */
public final class PipelineByStageTopology {

    private static final Serde<OpenDeals> OPEN_DEALS = RecordSerde.of(OpenDeals.class);

    private PipelineByStageTopology() {}

    /** This topology alone, as its tests run it. */
    public static Topology build(StreamsBuilder builder, Topics topics) {
        addTo(new ChangeTables(builder, topics.dlqCdc()), topics);
        return builder.build();
    }

    /** Adds this topology to the application's builder, reading the tables it shares with the other topologies. */
    public static void addTo(ChangeTables tables, Topics topics) {
        KTable<String, StageRow> stages = StageRow.table(tables)
                .filter((id, stage) -> !stage.deleted(), Named.as("live-stages"));

        // Keyed by stage id already, in the stage's task: grouping by that key crosses no topic.
        KTable<String, OpenDeals> openDealsByStage = ForecastTopology.dealsByStage(tables)
                .filter((stageId, delta) -> delta.changesOpen(), Named.as("open-deal-deltas"))
                .groupByKey(Grouped.with("open-deals-by-stage", Serdes.String(), RecordSerde.of(DealDelta.class)))
                .aggregate(OpenDeals::none, (stageId, delta, deals) -> deals.plus(delta),
                        Named.as("stage-open-deals"),
                        Materialized.<String, OpenDeals, KeyValueStore<Bytes, byte[]>>as("pipeline-by-stage-open-deals")
                                .withKeySerde(Serdes.String()).withValueSerde(OPEN_DEALS));

        // A primary-key join, local to the task: both tables are keyed by stage id, so neither side
        // crosses a topic. Inner: a stage that is unknown yet (its deals arrived first) or deleted has no
        // win rate, so no weighted figure; the versioner publishes zeros for a stage that disappears.
        KTable<String, StageTotals> totals =
                openDealsByStage.join(stages, StageTotals::weigh, Named.as("open-deals-weighted-by-stage"));

        Topic<String, PipelineByStage> output = topics.pipelineByStage();
        totals.toStream(Named.as("stage-totals-changes"))
                .processValues(PipelineByStage.versioner(), Named.as("versioned-pipeline-by-stage"))
                .to(output.name(), output.produced());
    }
}
