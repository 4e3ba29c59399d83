package io.pulsecrm.dashboards.e2e;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The segmentation tables as ClickHouse holds them (migration 0008), read under FINAL the way the dashboards read
 * them: a customer's features, its membership of a segment and the history of its entries and exits.
 */
final class SegmentTables {

    /** One row of {@code customer_features}; {@code campaigns} as ClickHouse prints the array, e.g. {@code [7,8]}. */
    record Features(Long ownerId, Long ownerDeptId, String industry, String region, String level, String source,
            String lifecycleStage, LocalDate lastReceiptOn, long contractCount, BigDecimal receivedTotal,
            long followUps30d, long followUps90d, String campaigns, long campaignCount) {}

    /** One row of {@code segment_member}. */
    record Member(boolean member, Long ownerId, Long ownerDeptId, long sinceMs) {}

    /** One row of {@code segment_member_event}. */
    record Event(String kind, long atMs, Long ownerId, Long ownerDeptId) {}

    private static final String FEATURES = """
            SELECT owner_id, owner_dept_id, industry, region, level, source, lifecycle_stage, last_receipt_on,
                   contract_count, received_total, follow_ups_30d, follow_ups_90d, toString(campaigns), campaign_count
            FROM customer_features FINAL WHERE customer_id = ? AND is_deleted = 0
            """;
    private static final String MEMBER = """
            SELECT is_member, owner_id, owner_dept_id, toUnixTimestamp64Milli(since)
            FROM segment_member FINAL WHERE segment_id = ? AND customer_id = ?
            """;
    private static final String EVENTS = """
            SELECT kind, toUnixTimestamp64Milli(at), owner_id, owner_dept_id
            FROM segment_member_event FINAL WHERE segment_id = ? AND customer_id = ?
            ORDER BY at, kind
            """;

    private final DataSource clickhouse;

    SegmentTables(DataSource clickhouse) {
        this.clickhouse = clickhouse;
    }

    /** The customer's features; null before the first reached ClickHouse (or once deleted). */
    Features features(long customerId) throws SQLException {
        try (Connection c = clickhouse.getConnection(); PreparedStatement q = c.prepareStatement(FEATURES)) {
            q.setLong(1, customerId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Features(nullableLong(rs, 1), nullableLong(rs, 2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                        rs.getLong(9), rs.getBigDecimal(10), rs.getLong(11), rs.getLong(12), rs.getString(13),
                        rs.getLong(14));
            }
        }
    }

    /** The customer's membership row for the segment; null if it never was a member. */
    Member member(long segmentId, long customerId) throws SQLException {
        try (Connection c = clickhouse.getConnection(); PreparedStatement q = c.prepareStatement(MEMBER)) {
            q.setLong(1, segmentId);
            q.setLong(2, customerId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? new Member(rs.getInt(1) == 1, nullableLong(rs, 2), nullableLong(rs, 3), rs.getLong(4))
                        : null;
            }
        }
    }

    boolean isMember(long segmentId, long customerId) throws SQLException {
        Member member = member(segmentId, customerId);
        return member != null && member.member();
    }

    /** The customer's entries into and exits from the segment, oldest first. */
    List<Event> events(long segmentId, long customerId) throws SQLException {
        try (Connection c = clickhouse.getConnection(); PreparedStatement q = c.prepareStatement(EVENTS)) {
            q.setLong(1, segmentId);
            q.setLong(2, customerId);
            List<Event> events = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    events.add(new Event(rs.getString(1), rs.getLong(2), nullableLong(rs, 3), nullableLong(rs, 4)));
                }
            }
            return events;
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
