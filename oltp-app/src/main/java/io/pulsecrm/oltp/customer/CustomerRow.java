package io.pulsecrm.oltp.customer;

import java.time.Instant;

/** A customer as lists show it, with the owner's name joined in (no query per row). */
public record CustomerRow(long id, String name, CustomerLevel level, String industry, String region, String phone,
                          String email, SourceChannel source, DealStatus dealStatus, boolean locked, Long ownerId,
                          String ownerName, Long ownerDeptId, Instant ownedSince, Instant poolEnteredAt,
                          Instant lastFollowUpAt, Instant nextContactAt, Instant createdAt, Instant updatedAt,
                          int version) {

    static final String COLUMNS = """
            c.id, c.name, c.level, c.industry, c.region, c.phone, c.email, c.source, c.deal_status, c.locked,
            c.owner_id, u.display_name as owner_name, c.owner_dept_id, c.owned_since, c.pool_entered_at,
            c.last_follow_up_at, c.next_contact_at, c.created_at, c.updated_at, c.version""";

    static CustomerRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String source = rs.getString("source");
        return new CustomerRow(rs.getLong("id"), rs.getString("name"), CustomerLevel.valueOf(rs.getString("level")),
                rs.getString("industry"), rs.getString("region"), rs.getString("phone"), rs.getString("email"),
                source == null ? null : SourceChannel.valueOf(source), DealStatus.valueOf(rs.getString("deal_status")),
                rs.getBoolean("locked"), (Long) rs.getObject("owner_id"), rs.getString("owner_name"),
                (Long) rs.getObject("owner_dept_id"), instant(rs, "owned_since"), instant(rs, "pool_entered_at"),
                instant(rs, "last_follow_up_at"), instant(rs, "next_contact_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getInt("version"));
    }

    static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
