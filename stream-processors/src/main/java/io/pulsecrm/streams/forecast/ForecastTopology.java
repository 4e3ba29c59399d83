package io.pulsecrm.streams.forecast;

import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.Topic;
import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.rows.OpportunityRow;
import io.pulsecrm.streams.rows.PaymentPlanRow;
import io.pulsecrm.streams.rows.ReceiptRow;
import io.pulsecrm.streams.rows.StageRow;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Joined;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sales forecast (docs/architecture.md, issue 5 item 4): the weighted pipeline by close month, owner, department
 * and category ({@code analytics.forecast_pipeline}), a daily snapshot of it ({@code analytics.forecast_snapshot}),
 * and the receivables, payment plans against the receipts linked to them ({@code analytics.receivable}).
 *
 * <p>Pipeline: a deal's new state becomes deltas (leave the old cell, enter the new) keyed by stage id, the bytes
 * {@code cdc.opportunity_stage} is keyed by, so the one repartition topic a deal change crosses lands it in the task
 * that holds its stage's row (the pipeline by stage sums the same deltas there, {@link #dealsByStage}). There the cells
 * are summed per stage and weighted by the stage's win rate and category: a win-rate or category change re-weighs that
 * stage's cells without crossing a topic.
 * The cells keep the stage in their key, so the figures of a category are the sum of its stages' cells.
 *
 * <p>Receivables: receipts re-keyed by their plan id (one repartition topic, co-partitioned with
 * {@code cdc.payment_plan} by the join) and summed with adder and subtractor, left-joined to the plans.
 */
public final class ForecastTopology {

    public static final Topic<String, ForecastPipeline> PIPELINE =
            new Topic<>("analytics.forecast_pipeline", Serdes.String(), ForecastPipeline.serde());
    public static final Topic<String, Receivable> RECEIVABLE =
            new Topic<>("analytics.receivable", Serdes.String(), Receivable.serde());
    public static final Topic<String, ForecastSnapshot> SNAPSHOT =
            new Topic<>("analytics.forecast_snapshot", Serdes.String(), ForecastSnapshot.serde());

    /** The internal topics ({@code <application.id>-<name>-repartition}): deployed state, like the store names. */
    public static final String DEAL_BY_STAGE = "forecast-deal-by-stage";
    static final String RECEIPT_BY_PLAN = "forecast-receipt-by-plan";

    private ForecastTopology() {}

    /** This topology alone, as its tests run it. */
    public static Topology build(StreamsBuilder builder, Topics topics) {
        addTo(new ChangeTables(builder, topics.dlqCdc()), topics);
        return builder.build();
    }

    /** Adds this topology to the application's builder, reading the tables it shares with the other topologies. */
    public static void addTo(ChangeTables tables, Topics topics) {
        addPipeline(tables);
        addReceivables(tables);
    }

    private static void addPipeline(ChangeTables tables) {
        StreamsBuilder builder = tables.builder();
        ForecastStores.builders().forEach(builder::addStateStore);
        builder.addStateStore(DailySnapshot.dayStore());

        KTable<String, StageRow> stages = StageRow.table(tables);
        KStream<String, CellFigures> dealCells = dealsByStage(tables).process(CellUpdates::new,
                Named.as("forecast-cell-updates"), ForecastStores.CELLS, ForecastStores.STAGES, CellUpdates.CHANGED_STORE);
        KStream<String, StageRow> stageRows = stages.toStream(Named.as("forecast-stage-rows"));
        KStream<String, CellFigures> stageCells = stageRows.process(StageReweighing::new,
                Named.as("forecast-stage-reweighing"), ForecastStores.CELLS, ForecastStores.STAGES);

        dealCells.merge(stageCells, Named.as("forecast-cell-changes"))
                .processValues(ForecastPipeline.versioner(), Named.as("forecast-versioned-pipeline"))
                .to(PIPELINE.name(), PIPELINE.produced());

        stageRows.process(DailySnapshot::new, Named.as("forecast-daily-snapshot"), ForecastStores.CELLS,
                        ForecastStores.STAGES, DailySnapshot.DAY_STORE)
                .to(SNAPSHOT.name(), SNAPSHOT.produced());
    }

    /**
     * Every deal change as the deltas of the cells it leaves and enters, keyed by stage id, in the task that holds
     * the stage's row: the one internal topic a deal change crosses. Shared ({@link ChangeTables#derived}): the
     * pipeline by stage sums the open deltas of the same stream, so the deals are re-keyed by stage once, not once
     * per topology.
     */
    public static KStream<String, DealDelta> dealsByStage(ChangeTables tables) {
        return tables.derived(DEAL_BY_STAGE, () -> {
            KStream<String, DealDelta> deltas = OpportunityRow.table(tables)
                    .toStream(Named.as("forecast-deal-rows"))
                    .process(DealContributions.supplier(), Named.as("forecast-deal-deltas"));
            // The join is here for its co-partitioning: it makes Streams size the repartition topic like
            // cdc.opportunity_stage and refuse to run if they differ. The cells take the stage from their own store
            // (ForecastStores), the one copy that re-weighing and snapshots read too.
            return deltas.leftJoin(StageRow.table(tables), (delta, stage) -> delta,
                    Joined.<String, DealDelta, StageRow>as(DEAL_BY_STAGE)
                            .withKeySerde(Serdes.String()).withValueSerde(RecordSerde.of(DealDelta.class)));
        });
    }

    private static void addReceivables(ChangeTables tables) {
        KTable<String, Received> receivedByPlan = ReceiptRow.table(tables)
                .filter((id, receipt) -> !receipt.deleted() && receipt.planId() != null, Named.as("forecast-plan-receipts"))
                .groupBy((id, receipt) -> KeyValue.pair(Long.toString(receipt.planId()), Received.Receipt.of(receipt)),
                        Grouped.with(RECEIPT_BY_PLAN, Serdes.String(), RecordSerde.of(Received.Receipt.class)))
                .aggregate(Received::none,
                        (planId, receipt, received) -> received.plus(receipt),
                        (planId, receipt, received) -> received.minus(receipt),
                        Named.as("forecast-plan-received-sum"),
                        Materialized.<String, Received, KeyValueStore<Bytes, byte[]>>as("forecast-plan-received")
                                .withKeySerde(Serdes.String()).withValueSerde(RecordSerde.of(Received.class)));

        // Deleted plans stay in the table as markers, so the left join publishes them once more as deleted.
        PaymentPlanRow.table(tables)
                .leftJoin(receivedByPlan, Receivable.Plan::of, Named.as("forecast-plan-with-receipts"))
                .toStream(Named.as("forecast-receivable-changes"))
                .processValues(Receivable.versioner(), Named.as("forecast-versioned-receivable"))
                .to(RECEIVABLE.name(), RECEIVABLE.produced());
    }
}
