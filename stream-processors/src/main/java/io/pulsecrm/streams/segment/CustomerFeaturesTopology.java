package io.pulsecrm.streams.segment;

import io.pulsecrm.streams.Topics;
import io.pulsecrm.streams.change.ChangeTables;
import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.rows.ContractRow;
import io.pulsecrm.streams.rows.CustomerRow;
import io.pulsecrm.streams.rows.FollowUpRow;
import io.pulsecrm.streams.rows.LeadRow;
import io.pulsecrm.streams.rows.OpportunityRow;
import io.pulsecrm.streams.rows.ReceiptRow;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The inputs of every customer's features, kept current: the customer row joined with what its approved contracts,
 * receipts, follow-ups, opportunities and converted leads add up to (docs/architecture.md, "Segmentation").
 *
 * <p>Each source table is re-keyed by customer id once and aggregated with an adder and a subtractor, so an update
 * retracts the old contribution (a receipt moved to another customer leaves the first, a contract that is no longer
 * APPROVED stops counting) and a delete retracts it all. A change therefore crosses one repartition topic (its own
 * table's), a customer change none: the five aggregates and {@code cdc.customer} are keyed alike and co-partitioned
 * (the joins put them in one co-partition group), so the joins below are local lookups without stores of their own.
 *
 * <p>Campaigns through leads follow {@code lead.converted_customer_id}; a conversion also writes {@code
 * customer.lead_id} in the same transaction, so both name the same lead (reconciliation checks the contract's
 * definition, which reads both, against this).
 */
final class CustomerFeaturesTopology {

    private static final Serde<Receipts.Part> RECEIPT_PART = RecordSerde.of(Receipts.Part.class);
    private static final Serde<Receipts> RECEIPTS = RecordSerde.of(Receipts.class);
    private static final Serde<FollowUps.Part> FOLLOW_UP_PART = RecordSerde.of(FollowUps.Part.class);
    private static final Serde<FollowUps> FOLLOW_UPS = RecordSerde.of(FollowUps.class);
    private static final Serde<Deals.Part> DEAL_PART = RecordSerde.of(Deals.Part.class);
    private static final Serde<Deals> DEALS = RecordSerde.of(Deals.class);
    private static final Serde<Tally> TALLY = RecordSerde.of(Tally.class);

    private CustomerFeaturesTopology() {}

    /** Per live customer, its feature inputs; a deleted customer's key turns null. */
    static KTable<String, FeatureInputs> inputs(ChangeTables tables) {
        KTable<String, FeatureInputs> customers = CustomerRow.table(tables)
                .filter((id, customer) -> !customer.deleted(), Named.as("segment-live-customers"))
                .mapValues(FeatureInputs::of, Named.as("segment-customer-columns"));
        return customers
                .leftJoin(approvedContracts(tables), FeatureInputs::withApprovedContracts,
                        Named.as("segment-join-contracts"))
                .leftJoin(receipts(tables), FeatureInputs::withReceipts, Named.as("segment-join-receipts"))
                .leftJoin(followUps(tables), FeatureInputs::withFollowUps, Named.as("segment-join-follow-ups"))
                .leftJoin(deals(tables), FeatureInputs::withDeals, Named.as("segment-join-deals"))
                .leftJoin(leadCampaigns(tables), FeatureInputs::withLeadCampaigns,
                        Named.as("segment-join-lead-campaigns"));
    }

    private static KTable<String, Long> approvedContracts(ChangeTables tables) {
        return ContractRow.table(tables)
                .filter((id, c) -> !c.deleted() && "APPROVED".equals(c.status()), Named.as("segment-approved-contracts"))
                .groupBy((id, c) -> KeyValue.pair(Long.toString(c.customerId()), c.lsn()),
                        Grouped.with("segment-contract-by-customer", Serdes.String(), Serdes.Long()))
                .count(Named.as("segment-count-contracts"), store("segment-customer-contracts", Serdes.Long()));
    }

    private static KTable<String, Receipts> receipts(ChangeTables tables) {
        return ReceiptRow.table(tables)
                .filter((id, r) -> !r.deleted(), Named.as("segment-live-receipts"))
                .groupBy((id, r) -> KeyValue.pair(Long.toString(r.customerId()), Receipts.Part.of(r)),
                        Grouped.with("segment-receipt-by-customer", Serdes.String(), RECEIPT_PART))
                .aggregate(Receipts::none, (c, part, sum) -> sum.plus(part), (c, part, sum) -> sum.minus(part),
                        Named.as("segment-sum-receipts"), store("segment-customer-receipts", RECEIPTS));
    }

    private static KTable<String, FollowUps> followUps(ChangeTables tables) {
        return FollowUpRow.table(tables)
                .filter((id, f) -> !f.deleted() && f.customerId() != null, Named.as("segment-customer-follow-ups"))
                .groupBy((id, f) -> KeyValue.pair(Long.toString(f.customerId()), FollowUps.Part.of(f)),
                        Grouped.with("segment-follow-up-by-customer", Serdes.String(), FOLLOW_UP_PART))
                .aggregate(FollowUps::none, (c, part, all) -> all.plus(part), (c, part, all) -> all.minus(part),
                        Named.as("segment-collect-follow-ups"), store("segment-customer-follow-ups", FOLLOW_UPS));
    }

    private static KTable<String, Deals> deals(ChangeTables tables) {
        return OpportunityRow.table(tables)
                .filter((id, o) -> !o.deleted() && o.customerId() != null, Named.as("segment-customer-deals"))
                .groupBy((id, o) -> KeyValue.pair(Long.toString(o.customerId()), Deals.Part.of(o)),
                        Grouped.with("segment-deal-by-customer", Serdes.String(), DEAL_PART))
                .aggregate(Deals::none, (c, part, all) -> all.plus(part), (c, part, all) -> all.minus(part),
                        Named.as("segment-count-deals"), store("segment-customer-deals", DEALS));
    }

    private static KTable<String, Tally> leadCampaigns(ChangeTables tables) {
        return LeadRow.table(tables)
                .filter((id, l) -> !l.deleted() && l.convertedCustomerId() != null && l.campaignId() != null,
                        Named.as("segment-converted-leads"))
                .groupBy((id, l) -> KeyValue.pair(Long.toString(l.convertedCustomerId()), l.campaignId()),
                        Grouped.with("segment-lead-by-customer", Serdes.String(), Serdes.Long()))
                .aggregate(Tally::empty, (c, campaign, all) -> all.plus(campaign),
                        (c, campaign, all) -> all.minus(campaign),
                        Named.as("segment-collect-lead-campaigns"), store("segment-customer-lead-campaigns", TALLY));
    }

    private static <V> Materialized<String, V, KeyValueStore<Bytes, byte[]>> store(String name, Serde<V> serde) {
        return Materialized.<String, V, KeyValueStore<Bytes, byte[]>>as(name)
                .withKeySerde(Serdes.String()).withValueSerde(serde);
    }
}
