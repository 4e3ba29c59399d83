package io.pulsecrm.oltp.segment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.identity.ScopeFilter;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.NameSearch;
import io.pulsecrm.oltp.shared.PageResponse;
import io.pulsecrm.segment.Rule;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code segment} table, always read through the caller's scope predicate. Plain JDBC: the rule
 * is jsonb, written as the rule's canonical JSON text and read back through {@link Rule#parse}.
 */
@Repository
class SegmentStore {

    static final Map<String, String> SORT_COLUMNS = Map.of("id", "s.id", "name", "s.name", "createdAt", "s.created_at",
            "updatedAt", "s.updated_at");
    private static final String COLUMNS = "s.id, s.name, s.description, s.rule::text as rule, s.owner_id, s.owner_dept_id,"
            + " s.created_at, s.updated_at, s.version";

    private final JdbcClient jdbc;

    SegmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The segment if the scope reaches it; {@code forUpdate} locks the row until commit. */
    Optional<Segment> find(long id, ScopeFilter scope, boolean forUpdate) {
        return jdbc.sql("select " + COLUMNS + " from segment s where s.id = :id and " + scope.sql("s.owner_id", "s.id")
                        + (forUpdate ? " for update" : ""))
                .params(scope.params()).param("id", id).query(SegmentStore::segment).optional();
    }

    PageResponse<Segment> page(ScopeFilter scope, SegmentFilter filter, Sort sort, int page, int size) {
        Map<String, Object> params = new HashMap<>(scope.params());
        StringBuilder where = new StringBuilder(" from segment s where ").append(scope.sql("s.owner_id", "s.id"));
        if (filter.q() != null) {
            where.append(" and s.name ilike :qLike");
            params.put("qLike", NameSearch.pattern(filter.q()));
        }
        if (filter.ownerId() != null) {
            where.append(" and s.owner_id = :ownerId");
            params.put("ownerId", filter.ownerId());
        }
        List<Segment> items = jdbc.sql("select " + COLUMNS + where + " order by " + ListQuery.orderBy(sort, SORT_COLUMNS)
                        + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(SegmentStore::segment).list();
        long total = jdbc.sql(ListQuery.cappedCount(where.toString())).params(params).query(Long.class).single();
        return ListQuery.page(items, page, size, total);
    }

    long insert(SegmentSpec spec, Owner owner, Instant now) {
        return jdbc.sql("""
                        insert into segment (name, description, rule, owner_id, owner_dept_id, created_at, updated_at)
                        values (:name, :description, cast(:rule as jsonb), :owner, :dept, :now, :now) returning id""")
                .param("name", spec.name()).param("description", spec.description())
                .param("rule", spec.rule().toJsonText()).param("owner", owner.userId())
                .param("dept", owner.departmentId()).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    void update(long id, SegmentSpec spec, Instant now) {
        jdbc.sql("""
                        update segment set name = :name, description = :description, rule = cast(:rule as jsonb),
                               updated_at = :now, version = version + 1
                        where id = :id""")
                .param("name", spec.name()).param("description", spec.description())
                .param("rule", spec.rule().toJsonText()).param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from segment where id = :id").param("id", id).update();
    }

    /** Whether the owner has another segment of this name, whatever the case. */
    boolean nameTaken(long ownerId, String name, Long exceptId) {
        return jdbc.sql("select exists (select 1 from segment where owner_id = :owner and lower(name) = lower(:name)"
                        + " and id <> :except)")
                .param("owner", ownerId).param("name", name).param("except", exceptId == null ? -1L : exceptId)
                .query(Boolean.class).single();
    }

    private static Segment segment(ResultSet rs, int row) throws SQLException {
        return new Segment(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                Rule.parse(rs.getString("rule")), rs.getLong("owner_id"), rs.getLong("owner_dept_id"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
