package io.pulsecrm.oltp.lead;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.pulsecrm.oltp.customer.FieldFormats;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.NameSearch;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lead lists and exports for the caller's scope, most recently changed first (ix_lead_owner_updated,
 * ix_lead_updated). Lists count up to {@value #COUNT_CAP}; exports stream rows through a cursor
 * and stop at {@value #EXPORT_CAP} (a larger export is refused up front: narrow the filters).
 */
@Service
@Transactional(readOnly = true)
public class LeadQueries {

    public static final int COUNT_CAP = 10_001;
    public static final int EXPORT_CAP = 100_000;
    /** The company's day: created ranges are calendar days in China. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    /** Fetches 500 rows at a time inside the transaction: PostgreSQL streams instead of buffering the export. */
    private final JdbcClient streaming;
    private final CurrentViewer viewer;

    LeadQueries(JdbcClient jdbc, DataSource dataSource, CurrentViewer viewer) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(500);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(cursor));
        this.viewer = viewer;
    }

    public PageResponse<LeadRow> list(LeadFilter filter, int page, int size) {
        Where where = where(filter);
        List<LeadRow> items = jdbc.sql("select " + LeadRow.COLUMNS + """

                from lead l join app_user u on u.id = l.owner_id
                where %s order by l.updated_at desc, l.id desc limit :limit offset :offset""".formatted(where.sql))
                .params(where.params).param("limit", size).param("offset", (long) page * size)
                .query(LeadRow::map).list();
        long total = count(where, COUNT_CAP);
        return ListQuery.page(items, page, size, total);
    }

    /** Feeds every matching lead to {@code row}, streamed; refuses before the first row when there are too many. */
    public void export(LeadFilter filter, Runnable beforeFirstRow, Consumer<LeadRow> row) {
        Where where = where(filter);
        if (count(where, EXPORT_CAP + 1) > EXPORT_CAP) {
            throw new InvalidLead("q", "more than %d leads match: narrow the filters or select leads".formatted(EXPORT_CAP));
        }
        beforeFirstRow.run();
        streaming.sql("select " + LeadRow.COLUMNS + """

                from lead l join app_user u on u.id = l.owner_id
                where %s order by l.updated_at desc, l.id desc""".formatted(where.sql))
                .params(where.params).query(rs -> {
                    row.accept(LeadRow.map(rs, 0));
                });
    }

    private long count(Where where, int cap) {
        return jdbc.sql("select count(*) from (select 1 from lead l where %s limit %d) capped".formatted(where.sql, cap))
                .params(where.params).query(Long.class).single();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private Where where(LeadFilter filter) {
        Viewer me = viewer.get();
        if (filter.ownerId() != null && !me.sees(filter.ownerId())) {
            throw PermissionDenied.outOfScope("ownerId");
        }
        if (filter.createdFrom() != null && filter.createdTo() != null && filter.createdTo().isBefore(filter.createdFrom())) {
            throw new InvalidLead("createdTo", "must not be before createdFrom");
        }
        var scope = me.filter(TeamEntity.NONE);
        List<String> clauses = new ArrayList<>(List.of(scope.sql("l.owner_id", "l.id")));
        Map<String, Object> params = new HashMap<>(scope.params());
        String q = FieldFormats.clean(filter.q());
        if (q != null) {
            clauses.add(FieldFormats.searchMatch(q, NameSearch.predicate("l.name") + " or " + NameSearch.predicate("l.company"),
                    "l.phone = :q", "lower(l.email) = lower(:q)"));
            params.put("q", q);
            params.put("qLike", NameSearch.pattern(q));
        }
        add(clauses, params, filter.status() == null ? null : filter.status().name(), "l.status = :status", "status");
        add(clauses, params, filter.source() == null ? null : filter.source().name(), "l.source = :source", "source");
        add(clauses, params, filter.campaignId(), "l.campaign_id = :campaignId", "campaignId");
        add(clauses, params, filter.ownerId(), "l.owner_id = :ownerId", "ownerId");
        add(clauses, params, filter.createdFrom() == null ? null
                : Timestamp.from(filter.createdFrom().atStartOfDay(ZONE).toInstant()), "l.created_at >= :from", "from");
        add(clauses, params, filter.createdTo() == null ? null
                : Timestamp.from(filter.createdTo().plusDays(1).atStartOfDay(ZONE).toInstant()), "l.created_at < :to", "to");
        if (filter.ids() != null && !filter.ids().isEmpty()) {
            add(clauses, params, filter.ids().toArray(Long[]::new), "l.id = any(:ids)", "ids");
        }
        return new Where(String.join(" and ", clauses), params);
    }

    private static void add(List<String> clauses, Map<String, Object> params, Object value, String clause, String name) {
        if (value != null) {
            clauses.add(clause);
            params.put(name, value);
        }
    }
}
