package io.pulsecrm.warehouse.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A row of {@code segment_member_event}, from the {@code SegmentMemberEvent} JSON of {@code
 * analytics.segment_member_event}: a customer entered or left a segment at a time. Its commit time is that time.
 */
record SegmentMemberEventRow(long segmentId, long customerId, String kind, Instant at, Long ownerId, Long ownerDeptId,
        long version) implements SinkRow {

    private static final String WHAT = "SegmentMemberEvent";

    static final Route ROUTE = new Route("segment_member_event", InsertParams.insertSql("segment_member_event",
            "segment_id, customer_id, kind, at, owner_id, owner_dept_id, version"), SegmentMemberEventRow::map);

    private static Optional<SinkRow> map(ConsumerRecord<byte[], byte[]> record) throws UnmappableRecordException {
        Optional<JsonFields> value = AnalyticsValue.fields(record, WHAT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        JsonFields f = value.get();
        return Optional.of(new SegmentMemberEventRow(f.requiredLong("segmentId"), f.requiredLong("customerId"),
                f.requiredEnum("kind", Set.of("ENTER", "EXIT")), f.requiredEpochMillis("atMs"), f.optionalLong("ownerId"),
                f.optionalLong("ownerDeptId"), AnalyticsValue.version(f, WHAT)));
    }

    @Override
    public Instant commitTs() {
        return at;
    }

    @Override
    public void bind(PreparedStatement insert) throws SQLException {
        new InsertParams(insert).int64(segmentId).int64(customerId).text(kind).time(at).int64(ownerId).int64(ownerDeptId)
                .int64(version);
    }
}
