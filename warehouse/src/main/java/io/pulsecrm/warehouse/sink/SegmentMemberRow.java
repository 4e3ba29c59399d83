package io.pulsecrm.warehouse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A row of {@code segment_member}, from the {@code SegmentMember} JSON of {@code analytics.segment_member}: whether a
 * customer is in a segment now, since when, and whose customer it is.
 */
record SegmentMemberRow(long segmentId, long customerId, boolean member, Long ownerId, Long ownerDeptId, Instant since,
        long version, Instant commitTs) implements SinkRow {

    private static final String WHAT = "SegmentMember";

    static final Route ROUTE = new Route("segment_member", InsertParams.insertSql("segment_member",
            "segment_id, customer_id, is_member, owner_id, owner_dept_id, since, version, commit_ts"),
            SegmentMemberRow::map);

    private static Optional<SinkRow> map(ConsumerRecord<byte[], byte[]> record) throws UnmappableRecordException {
        Optional<JsonFields> value = AnalyticsValue.fields(record, WHAT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        JsonFields f = value.get();
        return Optional.of(new SegmentMemberRow(f.requiredLong("segmentId"), f.requiredLong("customerId"),
                f.requiredBoolean("member"), f.optionalLong("ownerId"), f.optionalLong("ownerDeptId"),
                f.requiredEpochMillis("sinceMs"), AnalyticsValue.version(f, WHAT), f.requiredEpochMillis("sourceTsMs")));
    }

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        new InsertParams(insert).int64(segmentId).int64(customerId).int8((byte) (member ? 1 : 0)).int64(ownerId)
                .int64(ownerDeptId).time(since).int64(version).time(commitTs);
    }
}
