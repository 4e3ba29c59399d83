package io.pulsecrm.warehouse.reconcile;

import io.pulsecrm.segment.CustomerFeatures;
import io.pulsecrm.segment.Rule;
import io.pulsecrm.segment.RuleInvalid;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Members per live segment: PostgreSQL recomputed from scratch — every customer's features as of today in the zone,
 * read in one query, each segment's rule applied with {@code segment-rules}' {@code matches} (the stream's very
 * evaluation) — against the current members in ClickHouse's {@code segment_member}. A rule that is not valid matches
 * nobody on both sides. Campaigns follow the contract: the customer's own, its leads' by {@code
 * lead.converted_customer_id} or {@code customer.lead_id}, its opportunities'.
 */
final class SegmentMembersFigure {

    static final String SEGMENTS = "SELECT id, rule::text FROM segment ORDER BY id";
    // segment arrives with oltp-app's V35: on a database without it there is no segment, so nothing to compare
    static final String HAS_SEGMENTS = "SELECT to_regclass('public.segment') IS NOT NULL";

    // ? 1 and 2: the zone whose days count the follow-ups, ? 3: today (the evaluation date)
    static final String FEATURES = """
            SELECT c.id, c.owner_id, c.owner_dept_id, c.industry, c.region, c.level, c.source,
                   CASE WHEN c.deal_status = 'DEAL' OR coalesce(o.won, 0) > 0 THEN 'CUSTOMER'
                        WHEN coalesce(o.open, 0) > 0 THEN 'IN_PIPELINE'
                        WHEN c.owner_id IS NULL THEN 'POOLED' ELSE 'PROSPECT' END AS lifecycle_stage,
                   r.last_on, coalesce(k.approved, 0), coalesce(r.total, 0), coalesce(f.d30, 0), coalesce(f.d90, 0),
                   g.campaigns
            FROM customer c
            LEFT JOIN (SELECT customer_id, count(*) AS approved FROM contract WHERE status = 'APPROVED'
                       GROUP BY customer_id) AS k ON k.customer_id = c.id
            LEFT JOIN (SELECT customer_id, sum(amount) AS total, max(received_on) AS last_on FROM receipt
                       GROUP BY customer_id) AS r ON r.customer_id = c.id
            LEFT JOIN (SELECT customer_id,
                              count(*) FILTER (WHERE (occurred_at AT TIME ZONE ?)::date BETWEEN t.d - 29 AND t.d) AS d30,
                              count(*) FILTER (WHERE (occurred_at AT TIME ZONE ?)::date BETWEEN t.d - 89 AND t.d) AS d90
                       FROM follow_up CROSS JOIN (SELECT ?::date AS d) AS t
                       WHERE customer_id IS NOT NULL GROUP BY customer_id) AS f ON f.customer_id = c.id
            LEFT JOIN (SELECT customer_id, count(*) FILTER (WHERE status = 'OPEN') AS open,
                              count(*) FILTER (WHERE status = 'WON') AS won
                       FROM opportunity WHERE customer_id IS NOT NULL GROUP BY customer_id) AS o ON o.customer_id = c.id
            LEFT JOIN (SELECT customer_id, array_agg(DISTINCT campaign_id ORDER BY campaign_id) AS campaigns
                       FROM (SELECT id AS customer_id, campaign_id FROM customer
                             UNION ALL SELECT converted_customer_id, campaign_id FROM lead
                             UNION ALL SELECT cu.id, l.campaign_id FROM customer cu JOIN lead l ON l.id = cu.lead_id
                             UNION ALL SELECT customer_id, campaign_id FROM opportunity) AS x
                       WHERE customer_id IS NOT NULL AND campaign_id IS NOT NULL
                       GROUP BY customer_id) AS g ON g.customer_id = c.id
            """;

    static final String CLICKHOUSE = """
            SELECT s.id AS segment, ifNull(m.members, 0) AS members
            FROM (SELECT id FROM segment FINAL WHERE is_deleted = 0) AS s
            LEFT JOIN (SELECT segment_id, countIf(is_member = 1) AS members FROM segment_member FINAL
                       GROUP BY segment_id) AS m ON m.segment_id = s.id
            """;

    private SegmentMembersFigure() {}

    static Figure figure(ZoneId zone) {
        return new Figure("segment_members", List.of("segment_id"), List.of("members"), FEATURES, CLICKHOUSE, List.of(),
                postgres -> members(postgres, zone));
    }

    private static FigureRows members(Connection postgres, ZoneId zone) throws SQLException {
        LocalDate today = LocalDate.now(zone);
        Map<String, Rule> rules = rules(postgres);
        if (rules.isEmpty()) {
            return FigureRows.builder().build();
        }
        long[] counts = new long[rules.size()];
        List<Rule> inOrder = new ArrayList<>(rules.values());
        try (PreparedStatement query = postgres.prepareStatement(FEATURES)) {
            query.setString(1, zone.getId());
            query.setString(2, zone.getId());
            query.setObject(3, today);
            query.setFetchSize(10_000);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    CustomerFeatures customer = features(rs);
                    for (int i = 0; i < counts.length; i++) {
                        Rule rule = inOrder.get(i);
                        if (rule != null && rule.matches(customer, today)) {
                            counts[i]++;
                        }
                    }
                }
            }
        }
        FigureRows.Builder rows = FigureRows.builder();
        int i = 0;
        for (String segment : rules.keySet()) {
            rows.row(List.of(segment), List.of(BigDecimal.valueOf(counts[i++])));
        }
        return rows.build();
    }

    /** Every segment's rule by id; null for one that is not valid. */
    private static Map<String, Rule> rules(Connection postgres) throws SQLException {
        Map<String, Rule> rules = new LinkedHashMap<>();
        try (PreparedStatement exists = postgres.prepareStatement(HAS_SEGMENTS); ResultSet rs = exists.executeQuery()) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return rules;
            }
        }
        try (PreparedStatement query = postgres.prepareStatement(SEGMENTS); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                Rule rule;
                try {
                    rule = Rule.parse(rs.getString(2));
                } catch (RuleInvalid e) {
                    rule = null;
                }
                rules.put(rs.getString(1), rule);
            }
        }
        return rules;
    }

    private static CustomerFeatures features(ResultSet rs) throws SQLException {
        Array campaigns = rs.getArray(14);
        return new CustomerFeatures(rs.getLong(1), nullableLong(rs, 2), nullableLong(rs, 3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getObject(9, LocalDate.class), rs.getInt(10), rs.getBigDecimal(11), rs.getInt(12), rs.getInt(13),
                campaigns == null ? List.of() : Arrays.asList((Long[]) campaigns.getArray()));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
