package io.pulsecrm.oltp.opportunity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pulsecrm.oltp.identity.ScopeFilter;
import io.pulsecrm.oltp.shared.ListQuery;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ids of one page of deals in the caller's scope: the scope predicate first, then the
 * filters, ordered for the (owner_id, updated_at desc, id desc) index by default.
 */
@Component
class OpportunityQueries {

    static final Map<String, String> COLUMNS = Map.of("id", "o.id", "name", "o.name", "amount", "o.amount",
            "expectedCloseDate", "o.expected_close_date", "createdAt", "o.created_at", "updatedAt", "o.updated_at",
            "closedAt", "o.closed_at");

    private final JdbcClient jdbc;

    OpportunityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PageOfIds(List<Long> ids, long total) {
    }

    PageOfIds page(ScopeFilter scope, OpportunityFilter filter, Sort sort, int page, int size) {
        List<String> where = new ArrayList<>(List.of("true"));
        Map<String, Object> params = new HashMap<>(scope.params());
        narrow(where, params, "o.stage_id", "stageId", filter.stageId());
        narrow(where, params, "o.status", "status", filter.status() == null ? null : filter.status().name());
        narrow(where, params, "o.customer_id", "customerId", filter.customerId());
        narrow(where, params, "o.owner_id", "ownerId", filter.ownerId());
        narrow(where, params, "o.campaign_id", "campaignId", filter.campaignId());
        String filters = String.join(" and ", where);
        String orderBy = " order by " + ListQuery.orderBy(sort, COLUMNS);
        // owned and team-only deals each walk their index in the page's order, then merge (ScopeFilter#branches)
        List<Long> ids = jdbc.sql("select o.id from opportunity o where o.id in ("
                        + scope.branches("o.id", "opportunity", "o", filters, orderBy + " limit :window") + ")"
                        + orderBy + " limit :limit offset :offset")
                .params(params).param("window", (long) page * size + size).param("limit", size)
                .param("offset", (long) page * size)
                .query(Long.class).list();
        long total = Math.min(ListQuery.COUNT_CAP, jdbc.sql(scope.cappedCount("opportunity", "o", filters,
                ListQuery.COUNT_CAP)).params(params).query(Long.class).single());
        return new PageOfIds(ids, total);
    }

    private static void narrow(List<String> where, Map<String, Object> params, String column, String name, Object value) {
        if (value != null) {
            where.add(column + " = :" + name);
            params.put(name, value);
        }
    }
}
