package io.pulsecrm.streams.campaign;

import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.change.StateStores;
import io.pulsecrm.streams.rows.CampaignCostRow;
import io.pulsecrm.streams.rows.ContractRow;
import io.pulsecrm.streams.rows.CustomerRow;
import io.pulsecrm.streams.rows.LeadRow;
import io.pulsecrm.streams.rows.OpportunityRow;
import io.pulsecrm.streams.rows.ReceiptRow;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.KeyValueMapper;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.TableJoined;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Campaign ROI under first- and last-touch attribution ({@code analytics.campaign_roi}, one record per model and
 * campaign): cost, leads, opportunities, won revenue, approved contracts and cash received, along lead → customer →
 * opportunity → contract → receipt.
 *
 * <p>Every figure is an aggregate with an adder and a subtractor over KTables, so an update retracts the old
 * contribution before adding the new one: a re-attributed deal moves its amount, contracts and receipts from one
 * campaign to the other, a deleted receipt or a changed amount leaves exactly what it had added.
 *
 * <p><b>Why money is summed up the chain instead of joined down it.</b> Under exactly-once every internal topic a
 * change crosses costs a transaction commit and a fetch, and a foreign-key join costs two (subscription and
 * response) and then one record per child whenever the parent changes. Joining receipt → contract → opportunity →
 * customer → lead with foreign-key joins would move a receipt through eight topics, and a deal's re-attribution
 * would re-send every one of its contracts and receipts. Instead each child is summed into its parent once
 * (receipts per contract, contracts per deal, deals per customer: one repartition each), and the sum is joined to
 * the parent on the parent's own key, in the same task, crossing nothing. A re-attributed deal, or a customer whose
 * first touch changes, then moves as one record. The one foreign-key join left is customer → lead: the customer
 * names its lead ({@code customer.lead_id}), so only a join can bring the lead's campaign to it.
 *
 * <p>Topics crossed per change (longest path): campaign_cost 1, lead 1 (2 when it changes a customer's first
 * touch), opportunity 2, customer 3, contract 3, receipt 4. A change that alters no figure (a
 * stage move, an owner transfer) still crosses them, with equal figures, and is dropped at the output.
 *
 * <p>Attribution, the same chain for both models: money reaches a campaign only through the deal it belongs to
 * (receipt → contract → opportunity); last touch credits {@code opportunity.campaign_id}, first touch the first
 * touch of the deal's customer ({@link FirstTouch}). Leads and cost belong to their own campaign in both models.
 */
public final class CampaignRoiTopology {

    private static final Serde<RoiTotals> TOTALS = RecordSerde.of(RoiTotals.class);
    private static final Serde<FirstTouch> FIRST_TOUCH = RecordSerde.of(FirstTouch.class);
    private static final Serde<DealShare> DEAL_SHARE = RecordSerde.of(DealShare.class);
    private static final Serde<Attributed> ATTRIBUTED = RecordSerde.of(Attributed.class);

    private CampaignRoiTopology() {}

    /** This topology alone, as its tests run it. */
    public static Topology build(StreamsBuilder builder, Topics topics) {
        addTo(new ChangeTables(builder, topics.dlqCdc()));
        return builder.build();
    }

    /** Adds this topology to the application's builder, reading the tables it shares with the other topologies. */
    public static void addTo(ChangeTables tables) {
        KTable<String, RoiTotals> receivedByContract = sum(ReceiptRow.table(tables)
                        .filter((id, receipt) -> !receipt.deleted(), Named.as("campaign-roi-live-receipts")),
                (id, receipt) -> KeyValue.pair(Long.toString(receipt.contractId()), RoiTotals.receipt(receipt)),
                "campaign-roi-receipt-by-contract", "campaign-roi-received-by-contract");

        // Contracts without a deal reach no campaign (neither model), so they are left out before the repartition.
        KTable<String, RoiTotals> moneyByDeal = sum(kept(ContractRow.table(tables)
                        .filter((id, contract) -> !contract.deleted() && contract.opportunityId() != null,
                                Named.as("campaign-roi-live-deal-contracts"))
                        .leftJoin(receivedByContract, (contract, received) -> new DealShare(contract.opportunityId(),
                                RoiTotals.contract(contract, received)), Named.as("campaign-roi-contract-with-receipts")),
                        "campaign-roi-contract-shares", DEAL_SHARE),
                (id, share) -> KeyValue.pair(share.dealKey(), share.totals()),
                "campaign-roi-contract-by-deal", "campaign-roi-money-by-deal");

        KTable<String, Attributed> deals = kept(OpportunityRow.table(tables)
                .filter((id, deal) -> !deal.deleted(), Named.as("campaign-roi-live-deals"))
                .leftJoin(moneyByDeal, (deal, money) -> new Attributed(deal.customerId(), deal.campaignId(),
                        RoiTotals.deal(deal, money)), Named.as("campaign-roi-deal-with-money")),
                "campaign-roi-deals", ATTRIBUTED);

        KTable<String, RoiTotals> lastTouch = sumByCampaign(deals, "campaign-roi-last-touch");

        KTable<String, RoiTotals> moneyByCustomer = sum(deals
                        .filter((id, deal) -> deal.hasCustomer(), Named.as("campaign-roi-deals-with-customer")),
                (id, deal) -> KeyValue.pair(deal.customerKey(), deal.totals()),
                "campaign-roi-deal-by-customer", "campaign-roi-money-by-customer");

        KTable<String, LeadRow> leads = LeadRow.table(tables)
                .filter((id, lead) -> !lead.deleted(), Named.as("campaign-roi-live-leads"));
        // Left: a customer without a lead (or whose lead is gone) falls back to its own campaign.
        KTable<String, FirstTouch> firstTouch = CustomerRow.table(tables)
                .filter((id, customer) -> !customer.deleted(), Named.as("campaign-roi-live-customers"))
                .leftJoin(leads, (Function<CustomerRow, String>) customer -> customer.leadId() == null ? null
                                : Long.toString(customer.leadId()), FirstTouch::of,
                        TableJoined.as("campaign-roi-customer-lead"),
                        StateStores.perEntityTable("campaign-roi-first-touch", FIRST_TOUCH));
        KTable<String, Attributed> customers = kept(moneyByCustomer.join(firstTouch, (money, touch) ->
                new Attributed(null, touch.campaignId(), money.atLeast(touch.lsn())), Named.as("campaign-roi-customer-touch")),
                "campaign-roi-customer-credit", ATTRIBUTED);
        KTable<String, RoiTotals> firstTouchTotals = sumByCampaign(customers, "campaign-roi-first-touch-by-campaign");

        KTable<String, RoiTotals> costs = sum(CampaignCostRow.table(tables)
                        .filter((id, cost) -> !cost.deleted(), Named.as("campaign-roi-live-costs")),
                (id, cost) -> KeyValue.pair(Long.toString(cost.campaignId()), RoiTotals.cost(cost)),
                "campaign-roi-cost-by-campaign", "campaign-roi-cost");
        KTable<String, RoiTotals> leadCounts = sum(leads
                        .filter((id, lead) -> lead.campaignId() != null, Named.as("campaign-roi-campaign-leads")),
                (id, lead) -> KeyValue.pair(Long.toString(lead.campaignId()), RoiTotals.lead(lead)),
                "campaign-roi-lead-by-campaign", "campaign-roi-leads");

        // All keyed by campaign id in co-partitioned repartition topics: these joins are local to the task.
        KTable<String, RoiTotals> ownFigures = costs.outerJoin(leadCounts, CampaignRoiTopology::sum,
                Named.as("campaign-roi-cost-and-leads"));
        var first = ownFigures.outerJoin(firstTouchTotals, CampaignRoiTopology::sum, Named.as("campaign-roi-first-touch-figures"))
                .toStream(Named.as("campaign-roi-first-touch-changes"))
                .selectKey((campaign, totals) -> CampaignRoi.key(CampaignRoi.FIRST_TOUCH, campaign),
                        Named.as("campaign-roi-first-touch-key"));
        var last = ownFigures.outerJoin(lastTouch, CampaignRoiTopology::sum, Named.as("campaign-roi-last-touch-figures"))
                .toStream(Named.as("campaign-roi-last-touch-changes"))
                .selectKey((campaign, totals) -> CampaignRoi.key(CampaignRoi.LAST_TOUCH, campaign),
                        Named.as("campaign-roi-last-touch-key"));
        first.merge(last, Named.as("campaign-roi-both-models"))
                .processValues(CampaignRoi.versioner(), Named.as("campaign-roi-versioned"))
                .to(CampaignRoi.TOPIC.name(), CampaignRoi.TOPIC.produced());
    }

    /** Figures credited to a campaign: a deal's (last touch) or a customer's (first touch). */
    private static KTable<String, RoiTotals> sumByCampaign(KTable<String, Attributed> attributed, String name) {
        return sum(attributed.filter((id, a) -> a.hasCampaign(), Named.as(name + "-attributed")),
                (id, a) -> KeyValue.pair(a.campaignKey(), a.totals()), name, name);
    }

    /**
     * Each row's totals summed under the key {@code credit} gives it, with adder and subtractor: an update takes the
     * old row's totals from its old key before adding the new ones under the new key.
     *
     * @param repartition names the internal topic ({@code <application id>-<repartition>-repartition})
     * @param store names the store of the sums (and the processor, {@code <store>-sum})
     */
    private static <V> KTable<String, RoiTotals> sum(KTable<String, V> rows,
            KeyValueMapper<String, V, KeyValue<String, RoiTotals>> credit, String repartition, String store) {
        return rows.groupBy(credit, Grouped.with(repartition, Serdes.String(), TOTALS))
                .aggregate(RoiTotals::none, (k, v, sum) -> sum.plus(v), (k, v, sum) -> sum.minus(v),
                        Named.as(store + "-sum"), Materialized.<String, RoiTotals, KeyValueStore<Bytes, byte[]>>as(store)
                                .withKeySerde(Serdes.String()).withValueSerde(TOTALS));
    }

    /**
     * A join whose result is summed with a subtractor, kept in a store of its own (one row per contract, deal or
     * customer, uncached: StateStores#perEntityTable), so that each row passed on carries as its old value the row
     * passed on before it, read from that store.
     *
     * <p>Why not the join's own {@code Materialized}: Kafka Streams (4.3) then still passes on the old value the join
     * recomputed from the other side's current row, and only a cached store replaces it, at the flush, with the one
     * last passed on. Recomputed, it is wrong when the other side has changed since its last row was passed on (a
     * cached sum on that side holds its newest row before passing it on): a re-attributed deal then takes from its old
     * campaign, and adds to its new one, money it never brought. Built uncached that way, a fresh stack under the
     * reps' mixed load counted a receipt twice for first touch, and {@code ./crm reconcile} reported it. A table
     * built from the join's stream ({@code toTable}) reads the old value from its own store, cached or not; so does
     * the foreign-key join's result table.
     */
    private static <V> KTable<String, V> kept(KTable<String, V> joined, String store, Serde<V> serde) {
        return joined.toStream(Named.as(store + "-changes")).toTable(Named.as(store + "-kept"),
                StateStores.perEntityTable(store, serde));
    }

    private static RoiTotals sum(RoiTotals a, RoiTotals b) {
        return a == null ? b : b == null ? a : a.plus(b);
    }

}
