package io.pulsecrm.streams.segment;

import io.pulsecrm.streams.change.JsonSerde;
import io.pulsecrm.streams.change.OutputVersioner;
import io.pulsecrm.streams.change.RecordSerde;
import io.pulsecrm.streams.change.Versioned;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;

/**
 * The value of {@code analytics.customer_features} (docs/architecture.md): one customer's features as of
 * {@code evaluatedOn}. Dates are ISO strings and money a string with scale 2, so no consumer reads them through a
 * double or a zone. A deleted customer is published once more with {@code deleted: true}.
 */
public record CustomerFeaturesValue(long customerId, Long ownerId, Long ownerDeptId, String industry, String region,
        String level, String source, String lifecycleStage, String lastReceiptOn, long contractCount,
        String receivedTotal, int followUps30d, int followUps90d, List<Long> campaigns, int campaignCount,
        String evaluatedOn, boolean deleted, long version, long sourceTsMs)
        implements Versioned<CustomerFeaturesValue> {

    static final String EMITTED_STORE = "segment-customer-features-emitted";

    private static final Serde<CustomerFeaturesValue> SERDE = JsonSerde.of(CustomerFeaturesValue.class);

    public static Serde<CustomerFeaturesValue> serde() {
        return SERDE;
    }

    /**
     * The follow-ups counted on {@code day} are those that occurred on it or on the 29 (89) days before it, in
     * {@code zone}: "the last 30 days" includes today, so a follow-up logged now counts at once.
     */
    static CustomerFeaturesValue of(FeatureInputs in, LocalDate day, ZoneId zone, long version, long sourceTsMs) {
        long end = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        Tally times = in.followUps().times();
        return new CustomerFeaturesValue(in.customerId(), in.ownerId(), in.ownerDeptId(), in.industry(), in.region(),
                in.level(), in.source(), in.lifecycleStage(),
                in.lastReceiptDay() == null ? null : LocalDate.ofEpochDay(in.lastReceiptDay()).toString(),
                in.approvedContracts(), in.receivedTotal().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                times.countBetween(day.minusDays(29).atStartOfDay(zone).toInstant().toEpochMilli(), end),
                times.countBetween(day.minusDays(89).atStartOfDay(zone).toInstant().toEpochMilli(), end),
                in.campaigns(), in.campaigns().size(), day.toString(), false, version, sourceTsMs);
    }

    /** What a deleted customer's last row says: gone, with the features it had (no evaluation of a gone customer). */
    CustomerFeaturesValue gone(long version, long sourceTsMs) {
        return new CustomerFeaturesValue(customerId, ownerId, ownerDeptId, industry, region, level, source,
                lifecycleStage, lastReceiptOn, contractCount, receivedTotal, followUps30d, followUps90d, campaigns,
                campaignCount, evaluatedOn, true, version, sourceTsMs);
    }

    /**
     * Shape for the versioner: the value already carries the figures; the versioner gives it its version. A
     * re-evaluation on a new day whose counts stay the same is not published ({@link #sameFigures} leaves the date
     * out), so a day change re-emits only the customers whose counts changed.
     */
    static FixedKeyProcessorSupplier<String, CustomerFeaturesValue, CustomerFeaturesValue> versioner() {
        return OutputVersioner.supplier(EMITTED_STORE, RecordSerde.of(CustomerFeaturesValue.class),
                new OutputVersioner.Shape<>() {
            @Override
            public long lsn(CustomerFeaturesValue value) {
                return 0;
            }

            @Override
            public CustomerFeaturesValue of(String key, CustomerFeaturesValue value, long version, long sourceTsMs) {
                return value.withVersion(version, sourceTsMs);
            }
        });
    }

    CustomerFeaturesValue withVersion(long newVersion, long newSourceTsMs) {
        return new CustomerFeaturesValue(customerId, ownerId, ownerDeptId, industry, region, level, source,
                lifecycleStage, lastReceiptOn, contractCount, receivedTotal, followUps30d, followUps90d, campaigns,
                campaignCount, evaluatedOn, deleted, newVersion, newSourceTsMs);
    }

    @Override
    public boolean sameFigures(CustomerFeaturesValue o) {
        return customerId == o.customerId && Objects.equals(ownerId, o.ownerId)
                && Objects.equals(ownerDeptId, o.ownerDeptId) && Objects.equals(industry, o.industry)
                && Objects.equals(region, o.region) && Objects.equals(level, o.level)
                && Objects.equals(source, o.source) && Objects.equals(lifecycleStage, o.lifecycleStage)
                && Objects.equals(lastReceiptOn, o.lastReceiptOn) && contractCount == o.contractCount
                && receivedTotal.equals(o.receivedTotal) && followUps30d == o.followUps30d
                && followUps90d == o.followUps90d && campaigns.equals(o.campaigns) && deleted == o.deleted;
    }
}
