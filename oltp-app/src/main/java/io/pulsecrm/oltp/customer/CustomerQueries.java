package io.pulsecrm.oltp.customer;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.ScopeFilter;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.NameSearch;
import io.pulsecrm.oltp.shared.PageResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of customers for the caller's scope, newest change first. The order matches
 * ix_customer_list_owner / ix_customer_list_updated (V31); counts stop at {@value #COUNT_CAP} so that a
 * page of a million customers costs a page, not a million (totalItems says "10,001 or more").
 */
@Service
@Transactional(readOnly = true)
public class CustomerQueries {

    public static final int COUNT_CAP = ListQuery.COUNT_CAP;

    private final JdbcClient jdbc;
    private final CurrentViewer viewer;
    private final CustomerSearch search;

    CustomerQueries(JdbcClient jdbc, CurrentViewer viewer, CustomerSearch search) {
        this.jdbc = jdbc;
        this.viewer = viewer;
        this.search = search;
    }

    /**
     * A page of the owned customers the caller sees that match the filter. The same rows as
     * {@link #inScope}, read as two branches — owned in scope, and on the caller's team though owned out of
     * scope — each walking its index newest first (V31's covering indexes: no table row is read to filter),
     * merged, and only the page's rows fetched whole.
     */
    public PageResponse<CustomerRow> list(CustomerFilter filter, int page, int size) {
        Viewer me = viewer.get();
        checkOwner(me, filter);
        ScopeFilter scope = me.filter(TeamEntity.CUSTOMER);
        String q = FieldFormats.clean(filter.q());
        boolean commonAmongNewest = false;
        // how many matches are known to be there when the total is not counted (a search, not rare)
        long knownMatches = 0;
        if (q != null && !FieldFormats.looksLikePhoneOrEmail(q)) {
            Predicates others = new Predicates().params(scope.params());
            narrow(others, filter.withoutQ());
            var newest = search.newest(scope, others, q, page, size);
            if (newest.page() != null) {
                return newest.page();
            }
            commonAmongNewest = newest.common();
            knownMatches = newest.matches();
        }
        Predicates filters = new Predicates().params(scope.params());
        narrow(filters, filter);
        String owned = "c.owner_id is not null and " + filters.sql();
        if (q != null && !commonAmongNewest) {
            var rare = search.rare(scope, filters, owned, q, page, size);
            if (rare.isPresent()) {
                return rare.get();
            }
            knownMatches = CustomerSearch.RARE + 1;
        }
        String candidates = scope.branches("c.id, c.updated_at", "customer", "c", owned,
                " order by c.updated_at desc, c.id desc limit :window");
        List<CustomerRow> items = jdbc.sql("""
                with page_ids as (
                    select id from (%s) candidates order by updated_at desc, id desc limit :limit offset :offset)
                select %s
                from page_ids p join customer c on c.id = p.id left join app_user u on u.id = c.owner_id
                order by c.updated_at desc, c.id desc""".formatted(candidates, CustomerRow.COLUMNS))
                .params(filters.params()).param("window", (long) page * size + size)
                .param("limit", size).param("offset", (long) page * size)
                .query(CustomerRow::map).list();
        boolean ended = items.size() < size && (page == 0 || !items.isEmpty());
        if (q != null && !ended) {
            // a search not rare (more than CustomerSearch.RARE matches, or common among the newest) is not
            // counted: its total is a lower bound, the matches known to be there and at least the rows up to here
            long atLeast = Math.max(knownMatches, (long) page * size + items.size());
            return ListQuery.page(items, page, size, atLeast, true);
        }
        long total = ended ? (long) page * size + items.size()
                : Math.min(COUNT_CAP, jdbc.sql(scope.cappedCount("customer", "c", owned, COUNT_CAP))
                        .params(filters.params()).query(Long.class).single());
        return ListQuery.page(items, page, size, total);
    }

    private static void checkOwner(Viewer me, CustomerFilter filter) {
        if (filter.ownerId() != null && !me.sees(filter.ownerId())) {
            throw PermissionDenied.outOfScope("ownerId");
        }
    }

    /**
     * The owned customers the caller sees that match the filter (aliased c): the one definition the
     * list and the export share, so an export never holds a row the list would not show.
     */
    Predicates inScope(CustomerFilter filter) {
        Viewer me = viewer.get();
        checkOwner(me, filter);
        var scope = me.filter(TeamEntity.CUSTOMER);
        Predicates where = new Predicates()
                .add("c.owner_id is not null")
                .add(scope.sql("c.owner_id", "c.id")).params(scope.params());
        narrow(where, filter);
        return where;
    }

    /** Customers in the public pool, newest arrival first (ix_customer_pool); who may see them is the pool's call. */
    public PageResponse<CustomerRow> pooled(CustomerFilter filter, int page, int size) {
        Predicates where = new Predicates().add("c.owner_id is null");
        narrow(where, new CustomerFilter(filter.q(), filter.level(), filter.industry(), filter.region(),
                filter.source(), filter.dealStatus(), null, null));
        return page(where, "order by c.pool_entered_at desc, c.id desc", page, size);
    }

    /**
     * Which of {@code ids} are customers the caller may read (owner in scope, or on the customer's team), in one
     * query: the others do not exist as far as the caller is concerned, whether they exist or not.
     */
    public Set<Long> readableAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        ScopeFilter scope = viewer.get().filter(TeamEntity.CUSTOMER);
        return new HashSet<>(jdbc.sql("select c.id from customer c where c.id = any(:ids) and "
                        + scope.sql("c.owner_id", "c.id"))
                .params(scope.params()).param("ids", ids.toArray(Long[]::new)).query(Long.class).list());
    }

    /** How much hangs under a customer, for its detail page (each count is one index range). */
    public CustomerCounts counts(long customerId) {
        return jdbc.sql("""
                select (select count(*) from contact where customer_id = :id) as contacts,
                       (select count(*) from opportunity where customer_id = :id) as opportunities,
                       (select count(*) from contract where customer_id = :id) as contracts,
                       (select count(*) from follow_up where customer_id = :id) as follow_ups
                """).param("id", customerId)
                .query((rs, n) -> new CustomerCounts(rs.getLong("contacts"), rs.getLong("opportunities"),
                        rs.getLong("contracts"), rs.getLong("follow_ups")))
                .single();
    }

    static void narrow(Predicates where, CustomerFilter filter) {
        String q = FieldFormats.clean(filter.q());
        if (q != null) {
            // up to three indexes (name character pairs, phone, lower(email)) that PostgreSQL can OR together
            where.add(FieldFormats.searchMatch(q, NameSearch.predicate("c.name"), "c.phone = :q", "lower(c.email) = lower(:q)"))
                    .param("q", q).param("qLike", NameSearch.pattern(q));
        }
        where.when(filter.level(), "c.level = :level", "level")
                .when(FieldFormats.clean(filter.industry()), "c.industry = :industry", "industry")
                .when(FieldFormats.clean(filter.region()), "c.region = :region", "region")
                .when(filter.source(), "c.source = :source", "source")
                .when(filter.dealStatus(), "c.deal_status = :dealStatus", "dealStatus")
                .when(filter.ownerId(), "c.owner_id = :ownerId", "ownerId")
                .when(filter.locked(), "c.locked = :locked", "locked");
    }

    /** One page of customers matching {@code where} (aliased c), with the capped total. */
    PageResponse<CustomerRow> page(Predicates where, String orderBy, int page, int size) {
        List<CustomerRow> items = jdbc.sql("select " + CustomerRow.COLUMNS + """

                from customer c left join app_user u on u.id = c.owner_id
                where %s %s limit :limit offset :offset""".formatted(where.sql(), orderBy))
                .params(where.params()).param("limit", size).param("offset", (long) page * size)
                .query(CustomerRow::map).list();
        long total = items.size() < size && (page == 0 || !items.isEmpty()) ? (long) page * size + items.size()
                : jdbc.sql("select count(*) from (select 1 from customer c where %s limit %d) capped"
                        .formatted(where.sql(), COUNT_CAP)).params(where.params()).query(Long.class).single();
        return ListQuery.page(items, page, size, total);
    }
}
