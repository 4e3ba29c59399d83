package io.pulsecrm.warehouse.sink;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A row of {@code campaign_roi}, from the {@code CampaignRoi} JSON of {@code analytics.campaign_roi}. */
record CampaignRoiRow(String model, long campaignId, BigDecimal cost, long leads, long opportunities,
                      BigDecimal opportunityAmount, long won, BigDecimal wonAmount, long contracts,
                      BigDecimal contractAmount, long receipts, BigDecimal received, long version, Instant commitTs)
        implements SinkRow {

    static final String TOPIC = "analytics.campaign_roi";

    private static final String WHAT = "CampaignRoi";
    private static final Set<String> MODELS = Set.of("first_touch", "last_touch");

    static final String TABLE = "campaign_roi";

    static final String INSERT = InsertParams.insertSql(TABLE, "model, campaign_id, cost, leads, opportunities, "
            + "opportunity_amount, won, won_amount, contracts, contract_amount, receipts, received, version, commit_ts");

    static final RecordMapper MAPPER = CampaignRoiRow::map;

    private static Optional<SinkRow> map(ConsumerRecord<byte[], byte[]> record)
            throws UnmappableRecordException {
        Optional<JsonFields> value = AnalyticsValue.fields(record, WHAT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        JsonFields f = value.get();
        // sums of cents stay cents: more decimals would be a broken producer, so they are refused, not rounded
        return Optional.of(new CampaignRoiRow(f.requiredEnum("model", MODELS), f.requiredLong("campaignId"),
                f.requiredDecimal("cost", 18, 2), f.requiredLong("leads"), f.requiredLong("opportunities"),
                f.requiredDecimal("opportunityAmount", 18, 2), f.requiredLong("won"),
                f.requiredDecimal("wonAmount", 18, 2), f.requiredLong("contracts"),
                f.requiredDecimal("contractAmount", 18, 2), f.requiredLong("receipts"),
                f.requiredDecimal("received", 18, 2), AnalyticsValue.version(f, WHAT),
                f.requiredEpochMillis("sourceTsMs")));
    }

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        new InsertParams(insert).text(model).int64(campaignId).decimal(cost).int64(leads).int64(opportunities)
                .decimal(opportunityAmount).int64(won).decimal(wonAmount).int64(contracts).decimal(contractAmount)
                .int64(receipts).decimal(received).int64(version).time(commitTs);
    }
}
