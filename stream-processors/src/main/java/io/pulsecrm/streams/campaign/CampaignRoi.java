package io.pulsecrm.streams.campaign;

import io.pulsecrm.streams.Topic;
import io.pulsecrm.streams.change.JsonSerde;
import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.change.OutputVersioner;
import io.pulsecrm.streams.change.Versioned;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;

/**
 * The value of {@code analytics.campaign_roi} (docs/architecture.md): one campaign's figures under one attribution
 * model, keyed {@code <model>:<campaign id>}. Amounts are strings with scale 2, so no consumer reads them through a
 * double. ROI itself is not here: it is a ratio of two of these figures, computed where it is shown (the warehouse's
 * query helper), so the stream carries only exact sums.
 */
public record CampaignRoi(String model, long campaignId, String cost, long leads, long opportunities,
        String opportunityAmount, long won, String wonAmount, long contracts, String contractAmount, long receipts,
        String received, long version, long sourceTsMs) implements Versioned<CampaignRoi> {

    /** The campaign that first brought the customer (its lead's campaign, else the customer's own). */
    public static final String FIRST_TOUCH = "first_touch";
    /** The campaign on the opportunity. */
    public static final String LAST_TOUCH = "last_touch";

    public static final Topic<String, CampaignRoi> TOPIC =
            new Topic<>("analytics.campaign_roi", Serdes.String(), JsonSerde.of(CampaignRoi.class));

    /** The store of the last value published per key (deployed state). */
    static final String EMITTED_STORE = "campaign-roi-emitted";

    static String key(String model, String campaignId) {
        return model + ":" + campaignId;
    }

    /** A campaign whose figures all left (the outer join's delete) is published as zeros, not as a tombstone. */
    static FixedKeyProcessorSupplier<String, RoiTotals, CampaignRoi> versioner() {
        return OutputVersioner.supplier(EMITTED_STORE, RecordSerde.of(CampaignRoi.class), new OutputVersioner.Shape<>() {
            @Override
            public long lsn(RoiTotals totals) {
                return totals == null ? 0 : totals.lsn();
            }

            @Override
            public CampaignRoi of(String key, RoiTotals totals, long version, long sourceTsMs) {
                int colon = key.indexOf(':');
                return CampaignRoi.of(key.substring(0, colon), Long.parseLong(key.substring(colon + 1)),
                        totals == null ? RoiTotals.none() : totals, version, sourceTsMs);
            }
        });
    }

    static CampaignRoi of(String model, long campaignId, RoiTotals t, long version, long sourceTsMs) {
        return new CampaignRoi(model, campaignId, money(t.cost()), t.leads(), t.opportunities(),
                money(t.opportunityAmount()), t.won(), money(t.wonAmount()), t.contracts(), money(t.contractAmount()),
                t.receipts(), money(t.received()), version, sourceTsMs);
    }

    @Override
    public boolean sameFigures(CampaignRoi o) {
        return cost.equals(o.cost) && leads == o.leads && opportunities == o.opportunities
                && opportunityAmount.equals(o.opportunityAmount) && won == o.won && wonAmount.equals(o.wonAmount)
                && contracts == o.contracts && contractAmount.equals(o.contractAmount) && receipts == o.receipts
                && received.equals(o.received);
    }

    static Serde<CampaignRoi> serde() {
        return TOPIC.valueSerde();
    }

    private static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
