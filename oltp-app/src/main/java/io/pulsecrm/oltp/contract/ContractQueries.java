package io.pulsecrm.oltp.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pulsecrm.oltp.identity.ScopeFilter;
import io.pulsecrm.oltp.shared.ListQuery;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ids of one page of contracts: in the caller's scope, or waiting for the caller's decision. */
@Component
class ContractQueries {

    static final Map<String, String> COLUMNS = Map.of("id", "c.id", "number", "lower(c.number)", "name", "c.name",
            "signedOn", "c.signed_on", "totalAmount", "c.total_amount", "receivedAmount", "c.received_amount",
            "createdAt", "c.created_at", "updatedAt", "c.updated_at", "submittedAt", "c.submitted_at");

    private final JdbcClient jdbc;

    ContractQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PageOfIds(List<Long> ids, long total) {
    }

    PageOfIds page(ScopeFilter scope, ContractFilter filter, Sort sort, int page, int size) {
        List<String> where = new ArrayList<>(List.of(scope.sql("c.owner_id", "c.id")));
        Map<String, Object> params = new HashMap<>(scope.params());
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(strpos(lower(c.number), lower(:q)) > 0 or strpos(lower(c.name), lower(:q)) > 0)");
            params.put("q", filter.q().strip());
        }
        narrow(where, params, "c.customer_id =", "customerId", filter.customerId());
        narrow(where, params, "c.owner_id =", "ownerId", filter.ownerId());
        narrow(where, params, "c.opportunity_id =", "opportunityId", filter.opportunityId());
        narrow(where, params, "c.status =", "status", filter.status() == null ? null : filter.status().name());
        narrow(where, params, "c.signed_on >=", "signedFrom", filter.signedFrom());
        narrow(where, params, "c.signed_on <=", "signedTo", filter.signedTo());
        return run("from contract c where " + String.join(" and ", where), params, sort, page, size);
    }

    /** Contracts whose current step the user decides (their own id, or a role they hold), oldest first. */
    PageOfIds pendingFor(long userId, int page, int size) {
        String fromWhere = """
                from contract c join approval_step s on s.flow_id = c.flow_id and s.position = c.current_step
                where c.status = 'PENDING_APPROVAL'
                  and ((s.approver_type = 'USER' and s.user_id = :me)
                    or (s.approver_type = 'ROLE' and s.role_id in (select role_id from user_role where user_id = :me)))
                """;
        Sort oldestFirst = Sort.by(Sort.Order.asc("submittedAt"), Sort.Order.asc("id"));
        return run(fromWhere, Map.of("me", userId), oldestFirst, page, size);
    }

    private PageOfIds run(String fromWhere, Map<String, Object> params, Sort sort, int page, int size) {
        List<Long> ids = jdbc.sql("select c.id " + fromWhere + " order by " + ListQuery.orderBy(sort, COLUMNS)
                        + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(Long.class).list();
        long total = jdbc.sql(ListQuery.cappedCount(fromWhere)).params(params).query(Long.class).single();
        return new PageOfIds(ids, total);
    }

    private static void narrow(List<String> where, Map<String, Object> params, String test, String name, Object value) {
        if (value != null) {
            where.add(test + " :" + name);
            params.put(name, value);
        }
    }
}
