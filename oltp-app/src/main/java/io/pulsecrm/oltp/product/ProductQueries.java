package io.pulsecrm.oltp.product;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pulsecrm.oltp.shared.ListQuery;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ids of one page of products (the catalogue is visible to every rep: no data scope). */
@Component
class ProductQueries {

    static final Map<String, String> COLUMNS = Map.of("id", "p.id", "code", "lower(p.code)", "name", "p.name",
            "category", "p.category", "price", "p.price", "createdAt", "p.created_at", "updatedAt", "p.updated_at");

    private final JdbcClient jdbc;

    ProductQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PageOfIds(List<Long> ids, long total) {
    }

    PageOfIds page(ProductFilter filter, Sort sort, int page, int size) {
        List<String> where = new ArrayList<>(List.of("true"));
        Map<String, Object> params = new HashMap<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(strpos(lower(p.code), lower(:q)) > 0 or strpos(lower(p.name), lower(:q)) > 0)");
            params.put("q", filter.q().strip());
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            where.add("p.category = :category");
            params.put("category", filter.category().strip());
        }
        if (filter.active() != null) {
            where.add("p.active = :active");
            params.put("active", filter.active());
        }
        String fromWhere = "from product p where " + String.join(" and ", where);
        List<Long> ids = jdbc.sql("select p.id " + fromWhere + " order by " + ListQuery.orderBy(sort, COLUMNS)
                        + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(Long.class).list();
        long total = jdbc.sql(ListQuery.cappedCount(fromWhere)).params(params).query(Long.class).single();
        return new PageOfIds(ids, total);
    }
}
