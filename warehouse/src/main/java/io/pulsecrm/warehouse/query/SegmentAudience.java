package io.pulsecrm.warehouse.query;

import io.pulsecrm.segment.Rule;
import io.pulsecrm.segment.SqlPredicate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The customers behind the segment builder's figures, within a viewer's scope (the same condition as
 * {@link SegmentQueries}' counts, so a list adds up to its count): a preview's sample, a segment's members to export,
 * and their ids for a campaign's target list. Rows are cut to the page before names are joined; values are bound.
 */
public final class SegmentAudience {

    private static final String MEMBER_SCOPE = OwnedInScope.condition("customer_id", "CUSTOMER");

    // The names joined onto a handful of rows: record fields from the customer mirror, the owner's display name.
    private static final String DETAILS = """
            SELECT p.customer_id, c.name, c.owner_id, u.display_name, c.level, c.industry, c.region, c.source,
                   c.deal_status, f.lifecycle_stage, p.since_ms
            FROM (%s) AS p
            LEFT JOIN (SELECT id, name, owner_id, level, industry, region, source, deal_status
                       FROM customer FINAL WHERE is_deleted = 0) AS c ON c.id = p.customer_id
            LEFT JOIN (SELECT id, display_name FROM org_user FINAL WHERE is_deleted = 0) AS u ON u.id = c.owner_id
            LEFT JOIN (SELECT customer_id, lifecycle_stage FROM customer_features FINAL WHERE is_deleted = 0) AS f
                   ON f.customer_id = p.customer_id
            ORDER BY p.since_ms DESC, p.customer_id DESC
            """;

    static final String SAMPLE = DETAILS.formatted("""
            SELECT customer_id, toInt64(0) AS since_ms FROM customer_features FINAL
            WHERE is_deleted = 0 AND (%s) AND %s
            ORDER BY customer_id DESC LIMIT ?""");

    static final String MEMBERS = DETAILS.formatted("""
            SELECT customer_id, toUnixTimestamp64Milli(since) AS since_ms FROM segment_member FINAL
            WHERE segment_id = ? AND is_member = 1 AND %s
            ORDER BY since DESC, customer_id DESC LIMIT ?""".formatted(MEMBER_SCOPE));

    static final String MEMBER_IDS = """
            SELECT customer_id FROM segment_member FINAL WHERE segment_id = ? AND is_member = 1 AND %s
            ORDER BY customer_id LIMIT ?""".formatted(MEMBER_SCOPE);

    private final DataSource dataSource;

    public SegmentAudience(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Up to {@code limit} customers the viewer sees whom {@code rule} matches on the date, newest customers first. */
    public List<SegmentCustomer> previewSample(Rule rule, LocalDate evaluationDate, ViewerScope viewer, int limit) {
        SqlPredicate predicate = rule.toClickHouse(evaluationDate);
        List<SegmentCustomer> sample = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(SAMPLE.formatted(predicate.sql(), MEMBER_SCOPE))) {
            int next = OwnedInScope.bind(query, predicate.bind(query, 1), viewer);
            query.setInt(next, limit);
            read(query, sample::add);
            return sample;
        } catch (SQLException e) {
            throw new WarehouseQueryException("segment preview sample", e);
        }
    }

    /**
     * The segment's current members the viewer sees, newest members first, at most {@code limit}, handed to
     * {@code each} as they are read (an export streams them).
     */
    public void members(long segmentId, ViewerScope viewer, int limit, Consumer<SegmentCustomer> each) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(MEMBERS)) {
            query.setLong(1, segmentId);
            query.setInt(OwnedInScope.bind(query, 2, viewer), limit);
            read(query, each);
        } catch (SQLException e) {
            throw new WarehouseQueryException("members of segment " + segmentId, e);
        }
    }

    /** The ids of the segment's current members the viewer sees, ascending, at most {@code limit}. */
    public List<Long> memberIds(long segmentId, ViewerScope viewer, int limit) {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(MEMBER_IDS)) {
            query.setLong(1, segmentId);
            query.setInt(OwnedInScope.bind(query, 2, viewer), limit);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new WarehouseQueryException("member ids of segment " + segmentId, e);
        }
    }

    private static void read(PreparedStatement query, Consumer<SegmentCustomer> each) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                long ownerId = rs.getLong(3);
                Long owner = rs.wasNull() || ownerId == 0 ? null : ownerId;
                long since = rs.getLong(11);
                each.accept(new SegmentCustomer(rs.getLong(1), blankToNull(rs.getString(2)), owner,
                        blankToNull(rs.getString(4)), blankToNull(rs.getString(5)), blankToNull(rs.getString(6)),
                        blankToNull(rs.getString(7)), blankToNull(rs.getString(8)), blankToNull(rs.getString(9)),
                        blankToNull(rs.getString(10)), since == 0 ? null : Instant.ofEpochMilli(since)));
            }
        }
    }

    /** A LEFT JOIN without a match gives the column's default ('' for a text) unless join_use_nulls is on. */
    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
