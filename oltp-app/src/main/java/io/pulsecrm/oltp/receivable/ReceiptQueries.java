package io.pulsecrm.oltp.receivable;

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
 * The ids of one page of receipts in the caller's scope. A receipt is owned as its contract is,
 * and the contract's team sees it too: the scope's team clause looks at the contract's id.
 */
@Component
class ReceiptQueries {

    static final Map<String, String> COLUMNS = Map.of("id", "r.id", "number", "lower(r.number)",
            "amount", "r.amount", "receivedOn", "r.received_on", "createdAt", "r.created_at");

    private final JdbcClient jdbc;

    ReceiptQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PageOfIds(List<Long> ids, long total) {
    }

    PageOfIds page(ScopeFilter scope, ReceiptFilter filter, Sort sort, int page, int size) {
        List<String> where = new ArrayList<>(List.of(scope.sql("r.owner_id", "r.contract_id")));
        Map<String, Object> params = new HashMap<>(scope.params());
        narrow(where, params, "r.contract_id =", "contractId", filter.contractId());
        narrow(where, params, "r.customer_id =", "customerId", filter.customerId());
        narrow(where, params, "r.owner_id =", "ownerId", filter.ownerId());
        narrow(where, params, "r.plan_id =", "planId", filter.planId());
        narrow(where, params, "r.received_on >=", "receivedFrom", filter.receivedFrom());
        narrow(where, params, "r.received_on <=", "receivedTo", filter.receivedTo());
        String fromWhere = "from receipt r where " + String.join(" and ", where);
        List<Long> ids = jdbc.sql("select r.id " + fromWhere + " order by " + ListQuery.orderBy(sort, COLUMNS)
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
