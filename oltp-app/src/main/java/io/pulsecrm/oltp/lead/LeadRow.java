package io.pulsecrm.oltp.lead;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import io.pulsecrm.oltp.customer.SourceChannel;

/** A lead as lists and exports show it, with the owner's name joined in. */
public record LeadRow(long id, String name, String company, String title, String phone, String email, String industry,
                      String region, String address, SourceChannel source, Long campaignId, LeadStatus status,
                      String remark, Long ownerId, String ownerName, Instant nextContactAt, Instant lastFollowUpAt,
                      Long convertedCustomerId, Instant createdAt, Instant updatedAt, int version) {

    static final String COLUMNS = """
            l.id, l.name, l.company, l.title, l.phone, l.email, l.industry, l.region, l.address, l.source, l.campaign_id,
            l.status, l.remark, l.owner_id, u.display_name as owner_name, l.next_contact_at, l.last_follow_up_at,
            l.converted_customer_id, l.created_at, l.updated_at, l.version""";

    static LeadRow map(ResultSet rs, int row) throws SQLException {
        return new LeadRow(rs.getLong("id"), rs.getString("name"), rs.getString("company"), rs.getString("title"),
                rs.getString("phone"), rs.getString("email"), rs.getString("industry"), rs.getString("region"),
                rs.getString("address"), SourceChannel.valueOf(rs.getString("source")), (Long) rs.getObject("campaign_id"),
                LeadStatus.valueOf(rs.getString("status")), rs.getString("remark"), (Long) rs.getObject("owner_id"),
                rs.getString("owner_name"), instant(rs, "next_contact_at"), instant(rs, "last_follow_up_at"),
                (Long) rs.getObject("converted_customer_id"), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
