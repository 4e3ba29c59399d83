package io.pulsecrm.oltp.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads follow-ups for lists and details with plain SQL. Every list is newest first
 * ({@code occurred_at desc, id desc}), which the subject, customer, owner and occurred indexes
 * serve; totals are counted up to {@link #COUNT_CAP} so a wide scope never counts millions of rows.
 */
@Component
class FollowUpQueries {

    /** totalItems stops here: 10,001 means "more than 10,000". */
    static final int COUNT_CAP = 10_001;

    private static final String COLUMNS = """
            select f.id, f.subject_type, f.subject_id, f.customer_id, f.kind, f.method, f.content, f.occurred_at,
                   f.next_contact_at, f.owner_id, u.display_name as owner_name, f.created_at, f.updated_at, f.version
            from follow_up f join app_user u on u.id = f.owner_id
            """;

    private final JdbcClient jdbc;

    FollowUpQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FollowUpRow> find(long id) {
        return jdbc.sql(COLUMNS + " where f.id = :id").param("id", id).query(FollowUpQueries::row).optional();
    }

    /**
     * A page of follow-ups matching the filter and the visibility predicate. Only fixed SQL
     * fragments are joined here; every value is a bound parameter.
     */
    PageResponse<FollowUpRow> page(FollowUpFilter filter, String visibility, Map<String, Object> visibilityParams,
            long viewerId, int page, int size) {
        List<String> where = new ArrayList<>(List.of(visibility));
        Map<String, Object> params = new HashMap<>(visibilityParams);
        if (filter.subjectType() != null) {
            where.add("f.subject_type = :subjectType and f.subject_id = :subjectId");
            params.put("subjectType", filter.subjectType().name());
            params.put("subjectId", filter.subjectId());
        }
        if (filter.customerId() != null) {
            where.add("f.customer_id = :customerId");
            params.put("customerId", filter.customerId());
        }
        if (filter.kind() != null) {
            where.add("f.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.mine()) {
            where.add("f.owner_id = :me");
            params.put("me", viewerId);
        }
        if (filter.from() != null) {
            where.add("f.occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.add("f.occurred_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        String predicate = " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from (select 1 from follow_up f" + predicate + " limit " + COUNT_CAP + ") capped")
                .params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<FollowUpRow> items = jdbc.sql(COLUMNS + predicate + " order by f.occurred_at desc, f.id desc limit :limit offset :offset")
                .params(params).query(FollowUpQueries::row).list();
        return ListQuery.page(items, page, size, total);
    }

    private static FollowUpRow row(ResultSet rs, int n) throws SQLException {
        String method = rs.getString("method");
        return new FollowUpRow(rs.getLong("id"), SubjectType.valueOf(rs.getString("subject_type")), rs.getLong("subject_id"),
                (Long) rs.getObject("customer_id"), FollowUpKind.valueOf(rs.getString("kind")),
                method == null ? null : ContactMethod.valueOf(method), rs.getString("content"),
                instant(rs, "occurred_at"), instant(rs, "next_contact_at"), rs.getLong("owner_id"),
                rs.getString("owner_name"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
