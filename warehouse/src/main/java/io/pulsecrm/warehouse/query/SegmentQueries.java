package io.pulsecrm.warehouse.query;

import io.pulsecrm.segment.Rule;
import io.pulsecrm.segment.SqlPredicate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Segment reads for the dashboards: a segment's current members and their count within a viewer's scope (the owner
 * and department on the membership row: the customer's when it entered or was last transferred, or the viewer on the
 * customer's team), and the membership per day from the history of entries and exits. Read with FINAL, values bound.
 */
public final class SegmentQueries {

    private static final String MEMBER_SCOPE = OwnedInScope.condition("customer_id", "CUSTOMER");

    static final String COUNT = """
            SELECT count() FROM segment_member FINAL WHERE segment_id = ? AND is_member = 1 AND %s
            """.formatted(MEMBER_SCOPE);

    // The page is cut before the customer's name is joined, so the join touches one page of rows.
    static final String PAGE = """
            SELECT m.customer_id, c.name, m.owner_id, m.owner_dept_id, toUnixTimestamp64Milli(m.since) AS since_ms
            FROM
            (
                SELECT customer_id, owner_id, owner_dept_id, since
                FROM segment_member FINAL
                WHERE segment_id = ? AND is_member = 1 AND %s
                ORDER BY since DESC, customer_id DESC
                LIMIT ? OFFSET ?
            ) AS m
            LEFT JOIN (SELECT id, name FROM customer FINAL WHERE is_deleted = 0) AS c ON c.id = m.customer_id
            ORDER BY since_ms DESC, m.customer_id DESC
            """.formatted(MEMBER_SCOPE);

    // Days in the zone; every day before the range counts into the members at its start.
    static final String DAYS = """
            SELECT toString(toDate(at, ?)) AS day, countIf(kind = 'ENTER') AS entered, countIf(kind = 'EXIT') AS exited
            FROM segment_member_event FINAL
            WHERE segment_id = ? AND at < fromUnixTimestamp64Milli(?) AND %s
            GROUP BY day
            ORDER BY day
            """.formatted(MEMBER_SCOPE);

    // The rule's predicate is segment-rules' text with a ? for every value: no value of the rule is spliced in.
    static final String PREVIEW = """
            SELECT count() FROM customer_features FINAL WHERE is_deleted = 0 AND (%s) AND %s
            """;

    private final DataSource dataSource;

    /** @param dataSource connections on the warehouse database ({@link io.pulsecrm.warehouse.ClickHouseDataSources#create}) */
    public SegmentQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many customers of the segment the viewer sees. */
    public long memberCount(long segmentId, ViewerScope viewer) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(COUNT)) {
            query.setLong(1, segmentId);
            OwnedInScope.bind(query, 2, viewer);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new WarehouseQueryException("members of segment " + segmentId, e);
        }
    }

    /**
     * How many customers the viewer sees (their current owner) would be in a segment of {@code rule} on {@code
     * evaluationDate}, from the features as the stream last published them.
     */
    public long previewCount(Rule rule, LocalDate evaluationDate, ViewerScope viewer) {
        SqlPredicate predicate = rule.toClickHouse(evaluationDate);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(PREVIEW.formatted(predicate.sql(),
                     OwnedInScope.condition("customer_id", "CUSTOMER")))) {
            OwnedInScope.bind(query, predicate.bind(query, 1), viewer);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new WarehouseQueryException("segment preview", e);
        }
    }

    /** One page (from 0) of the segment's members the viewer sees, newest members first. */
    public List<SegmentMemberItem> members(long segmentId, ViewerScope viewer, int page, int size) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(PAGE)) {
            query.setLong(1, segmentId);
            int next = OwnedInScope.bind(query, 2, viewer);
            query.setInt(next, size);
            query.setLong(next + 1, (long) page * size);
            List<SegmentMemberItem> members = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    members.add(new SegmentMemberItem(rs.getLong(1), rs.getString(2), nullableLong(rs, 3),
                            nullableLong(rs, 4), Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
            return members;
        } catch (SQLException e) {
            throw new WarehouseQueryException("members of segment " + segmentId, e);
        }
    }

    /**
     * Each day from {@code from} to {@code to} (inclusive, days in {@code zone}): entries, exits and the members at the
     * day's end, from the entries and exits of the customers the viewer sees (their owner at the time of each).
     */
    public List<MembershipDay> membershipTrend(long segmentId, ViewerScope viewer, LocalDate from, LocalDate to,
            ZoneId zone) {
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day, new long[2]);
        }
        long members = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(DAYS)) {
            query.setString(1, zone.getId());
            query.setLong(2, segmentId);
            query.setLong(3, to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
            OwnedInScope.bind(query, 4, viewer);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    LocalDate day = LocalDate.parse(rs.getString(1));
                    long[] counts = days.get(day);
                    if (counts == null) {
                        members += rs.getLong(2) - rs.getLong(3);
                    } else {
                        counts[0] = rs.getLong(2);
                        counts[1] = rs.getLong(3);
                    }
                }
            }
        } catch (SQLException e) {
            throw new WarehouseQueryException("membership trend of segment " + segmentId, e);
        }
        List<MembershipDay> trend = new ArrayList<>();
        for (var day : days.entrySet()) {
            members += day.getValue()[0] - day.getValue()[1];
            trend.add(new MembershipDay(day.getKey(), day.getValue()[0], day.getValue()[1], members));
        }
        return trend;
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
