package io.pulsecrm.streams.pipeline;

import io.pulsecrm.streams.rows.OpportunityRow;
import io.pulsecrm.streams.rows.StageRow;
import io.pulsecrm.streams.Topic;
import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.RecordSerde;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
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
 * <p>A CDC topic is a changelog, not a list of inserts: opportunities and stages are tables, and the
 * totals are aggregated with an adder and a subtractor, so an update retracts the old contribution
 * before adding the new one. That is what lets a stage move leave the old bucket, and a close or
 * delete leave the pipeline.
 *
 * <p>Why the win rate is applied after the sum, not per deal: every open deal of a stage has that
 * stage's win rate, so the weighted amount is the stage's open amount × win rate / 100. Summing first
 * needs the deals re-keyed by stage once (the only internal topic a change crosses; under
 * exactly-once each internal topic costs a transaction commit plus a fetch), and a win-rate change
 * then re-weights the stage in one update instead of one per deal.
 */
public final class PipelineByStageTopology {

    /**
     * The repartition topic ({@code <application.id>-open-deal-by-stage-repartition}). The name is part
     * of the deployed state, as are the store names below.
     */
    static final String OPEN_DEAL_BY_STAGE = "open-deal-by-stage";

    private static final Serde<OpenDeal> OPEN_DEAL = RecordSerde.of(OpenDeal.class);
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

        KTable<String, OpportunityRow> openOpportunities = OpportunityRow.table(tables)
                .filter((id, opportunity) -> opportunity.countsAsOpen(), Named.as("open-opportunities"));

        // Re-keyed by the stage id as a decimal string: the same bytes the CDC producer (StringSerializer,
        // default partitioner) uses as the key of cdc.opportunity_stage, so a stage's open deals land in
        // the partition of its stage row. Streams sizes this topic like cdc.opportunity_stage, because the
        // join below puts both in one co-partition group, and refuses to run if they disagree.
        KTable<String, OpenDeals> openDealsByStage = openOpportunities
                .groupBy((opportunityId, deal) -> KeyValue.pair(deal.stageKey(), OpenDeal.of(deal)),
                        Grouped.with(OPEN_DEAL_BY_STAGE, Serdes.String(), OPEN_DEAL))
                .aggregate(OpenDeals::none,
                        (stageId, deal, deals) -> deals.plus(deal),
                        (stageId, deal, deals) -> deals.minus(deal),
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
