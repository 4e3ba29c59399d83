package io.pulsecrm.warehouse.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The marketers' segments as the {@code segment} mirror has them, within a viewer's scope: oltp-app's rule for
 * segments — the owner in scope (segments have no teams) — and each one's member count in the same scope as
 * {@link SegmentQueries#memberCount}, for many segments in one query.
 */
public final class SegmentCatalogQueries {

    /** A saved segment: its rule as JSON text and the optimistic-lock version an update must send back to oltp-app. */
    public record SavedSegment(long id, String name, String rule, long ownerId, String ownerName, int entityVersion,
            Instant updatedAt) {
    }

    static final String LIST = """
            SELECT s.id, s.name, s.rule, s.owner_id, u.display_name, s.entity_version,
                   toUnixTimestamp64Milli(s.updated_at)
            FROM (SELECT id, name, rule, owner_id, entity_version, updated_at FROM segment FINAL
                  WHERE is_deleted = 0 AND (? = 1 OR owner_id IN ?) AND (? = 0 OR id = ?)
                  ORDER BY updated_at DESC, id DESC LIMIT ?) AS s
            LEFT JOIN (SELECT id, display_name FROM org_user FINAL WHERE is_deleted = 0) AS u ON u.id = s.owner_id
            ORDER BY s.updated_at DESC, s.id DESC
            """;

    static final String COUNTS = """
            SELECT segment_id, count() FROM segment_member FINAL
            WHERE segment_id IN ? AND is_member = 1 AND %s
            GROUP BY segment_id
            """.formatted(OwnedInScope.condition("customer_id", "CUSTOMER"));

    private final DataSource dataSource;

    public SegmentCatalogQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The viewer's segments (owner in scope), most recently changed first, at most {@code limit}. */
    public List<SavedSegment> segments(ViewerScope viewer, int limit) {
        return read(viewer, 0, limit);
    }

    /** One segment, if it exists and its owner is in the viewer's scope (else, as in oltp-app, it is not there). */
    public Optional<SavedSegment> segment(long id, ViewerScope viewer) {
        return read(viewer, id, 1).stream().findFirst();
    }

    /** Current members each segment has within the viewer's scope (a segment without any is absent). */
    public Map<Long, Long> memberCounts(List<Long> segmentIds, ViewerScope viewer) {
        Map<Long, Long> counts = new HashMap<>();
        if (segmentIds.isEmpty()) {
            return counts;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(COUNTS)) {
            query.setObject(1, List.copyOf(segmentIds));
            OwnedInScope.bind(query, 2, viewer);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new WarehouseQueryException("segment member counts", e);
        }
    }

    private List<SavedSegment> read(ViewerScope viewer, long id, int limit) {
        List<SavedSegment> segments = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(LIST)) {
            query.setInt(1, viewer.scope().all() ? 1 : 0);
            query.setObject(2, List.copyOf(viewer.scope().owners()));
            query.setLong(3, id);
            query.setLong(4, id);
            query.setInt(5, limit);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String ownerName = rs.getString(5);
                    segments.add(new SavedSegment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            ownerName == null || ownerName.isEmpty() ? null : ownerName, rs.getInt(6),
                            Instant.ofEpochMilli(rs.getLong(7))));
                }
            }
            return segments;
        } catch (SQLException e) {
            throw new WarehouseQueryException("segments in scope", e);
        }
    }
}
