package io.pulsecrm.warehouse.sink;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A row of {@code customer_features}, from the {@code CustomerFeaturesValue} JSON of {@code
 * analytics.customer_features}: one customer's features as of {@code evaluatedOn}; a deleted customer's last row has
 * {@code is_deleted = 1}.
 */
record CustomerFeaturesRow(long customerId, Long ownerId, Long ownerDeptId, String industry, String region,
        String level, String source, String lifecycleStage, LocalDate lastReceiptOn, int contractCount,
        BigDecimal receivedTotal, int followUps30d, int followUps90d, long[] campaigns, LocalDate evaluatedOn,
        boolean deleted, long version, Instant commitTs) implements SinkRow {

    private static final String WHAT = "CustomerFeatures";
    private static final Set<String> LEVELS = Set.of("KEY", "NORMAL", "SMALL");
    private static final Set<String> STAGES = Set.of("POOLED", "PROSPECT", "IN_PIPELINE", "CUSTOMER");

    static final Route ROUTE = new Route("customer_features", InsertParams.insertSql("customer_features",
            "customer_id, owner_id, owner_dept_id, industry, region, level, source, lifecycle_stage, last_receipt_on",
            "contract_count, received_total, follow_ups_30d, follow_ups_90d, campaigns, campaign_count, evaluated_on",
            "version, is_deleted, commit_ts"), CustomerFeaturesRow::map);

    private static Optional<SinkRow> map(ConsumerRecord<byte[], byte[]> record)
            throws UnmappableRecordException {
        Optional<JsonFields> value = AnalyticsValue.fields(record, WHAT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        JsonFields f = value.get();
        long[] campaigns = f.requiredLongs("campaigns");
        if (f.requiredInt("campaignCount") != campaigns.length) {
            throw new UnmappableRecordException(WHAT + ".campaignCount is not the number of campaigns");
        }
        return Optional.of(new CustomerFeaturesRow(f.requiredLong("customerId"), f.optionalLong("ownerId"),
                f.optionalLong("ownerDeptId"), f.optionalString("industry"), f.optionalString("region"),
                f.requiredEnum("level", LEVELS), f.optionalString("source"), f.requiredEnum("lifecycleStage", STAGES),
                f.optionalIsoDate("lastReceiptOn"), f.requiredInt("contractCount"),
                f.requiredDecimal("receivedTotal", 18, 2), f.requiredInt("followUps30d"), f.requiredInt("followUps90d"),
                campaigns, f.requiredIsoDate("evaluatedOn"), f.requiredBoolean("deleted"),
                AnalyticsValue.version(f, WHAT), f.requiredEpochMillis("sourceTsMs")));
    }

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        new InsertParams(insert).int64(customerId).int64(ownerId).int64(ownerDeptId).text(industry).text(region)
                .text(level).text(source).text(lifecycleStage).date(lastReceiptOn).int32(contractCount)
                .decimal(receivedTotal).int32(followUps30d).int32(followUps90d).int64Array(campaigns)
                .int32(campaigns.length).date(evaluatedOn).int64(version).int8((byte) (deleted ? 1 : 0)).time(commitTs);
    }
}
