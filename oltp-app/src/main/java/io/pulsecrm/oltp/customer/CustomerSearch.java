package io.pulsecrm.oltp.customer;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.pulsecrm.oltp.identity.ScopeFilter;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.NameSearch;
import io.pulsecrm.oltp.shared.PageResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Searching customers by a name fragment, the common way first. A fragment many names share (科技, 上海
 * for a Shanghai team) is found within the caller's newest customers — {@value #ROWS_PER_PAGE_ROW} per row of
 * the pages up to the one asked for (500 for the first page of 20), at most
 * {@code crm.customers.search-budget} (2,000 by default), read
 * from the covering list indexes (name included, so no table row is read) and matched with ilike. Only
 * when those hold too few matches for the page — a rare fragment — does the caller fall back to the
 * character-pair index ({@link NameSearch}), which is fast exactly when matches are few. Which of the two
 * is right depends on how the fragment spreads over the caller's scope, which no planner statistic knows.
 * A rare fragment's matches are read once, all of them ({@link #rare}), for the page and the total alike.
 */
@Component
class CustomerSearch {

    /**
     * How many of the newest customers are read per row of the pages up to the one asked for: enough for a
     * fragment in one name of 25 to fill them. Every search of a common fragment reads this window, so it is
     * sized to the page rather than to the budget (a first page read 2,000 rows for 20).
     */
    static final int ROWS_PER_PAGE_ROW = 25;

    /**
     * A fragment with at most this many matches in scope is rare: they are all read, unordered, for the page
     * and the exact total. Reading more is the ordered walk's job: a manager's search for a fragment common in
     * one of their teams only read 1,001 rows this way before walking them in order (148 ms a call under load).
     */
    static final int RARE = 200;

    /** Beyond this many owners the owner-keyed pairs are one index scan each too many: the plain pairs serve. */
    static final int MAX_OWNERS_KEYED = 64;

    private final JdbcClient jdbc;
    private final int budget;

    CustomerSearch(JdbcClient jdbc, @Value("${crm.customers.search-budget:2000}") int budget) {
        this.jdbc = jdbc;
        this.budget = budget;
    }

    /**
     * What the newest customers in scope (as many as the window) hold: the page, when they hold enough matches (or
     * are all there is) — its total exact when the whole scope was read, else the matches seen, marked as a lower
     * bound — else null; and how many matches they held.
     */
    record Newest(PageResponse<CustomerRow> page, int matches) {

        /**
         * Whether the fragment is common in scope though too sparse among the newest for the page: then the
         * ordered walk finds the page soon, and reading its matches unordered ({@link #rare}) would gather a
         * large bitmap for nothing — a manager's fragment common in one team took 132 ms that way.
         */
        boolean common() {
            return matches >= COMMON_AMONG_NEWEST;
        }
    }

    /** Matches among the newest (500 or more) that mark a fragment as common: 3 in 500 is 0.6% of names. */
    static final int COMMON_AMONG_NEWEST = 3;

    Newest newest(ScopeFilter scope, Predicates filters, String q, int page, int size) {
        String recent = scope.branches("c.id, c.updated_at, c.name", "customer", "c",
                "c.owner_id is not null and " + filters.sql(), " order by c.updated_at desc, c.id desc limit :budget");
        long[] scanned = new long[1];
        List<Long> found = jdbc.sql("""
                with recent as materialized (%s)
                select m.id, s.scanned
                from (select count(*) as scanned from recent) s
                left join lateral (select id, updated_at from recent where name ilike :qLike) m on true
                order by m.updated_at desc, m.id desc""".formatted(recent))
                .params(filters.params()).param("budget", window(page, size)).param("qLike", NameSearch.pattern(q))
                .query((rs, n) -> {
                    scanned[0] = rs.getLong("scanned");
                    long id = rs.getLong("id");
                    return rs.wasNull() ? null : id;
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
        // fewer rows than asked for: the scope holds nothing older, so the matches are all there are
        boolean wholeScope = scanned[0] < window(page, size);
        int from = page * size;
        if (!wholeScope && found.size() < from + size) {
            return new Newest(null, found.size());
        }
        return new Newest(ListQuery.page(rows(found.subList(Math.min(from, found.size()),
                Math.min(from + size, found.size()))), page, size, found.size(), !wholeScope), found.size());
    }

    /**
     * The page when the matches in scope are no more than {@value #RARE}: all of them read
     * in one go, in no particular order (so PostgreSQL may intersect the pair and owner indexes, and stop at
     * the cap), then ordered here; the total is exact. Empty when there are more: the caller reads the page in
     * order, and the total is the cap. Reading the page and the count apart cost the same index work twice.
     *
     * @param owned the filters with the match of {@code q} ({@code c.owner_id is not null and …}), bound in {@code filters}
     */
    Optional<PageResponse<CustomerRow>> rare(ScopeFilter scope, Predicates filters, String owned, String q, int page,
            int size) {
        // a text that may be a phone or an email also matches those exactly, whatever the name holds
        String ownedOnly = FieldFormats.looksLikePhoneOrEmail(q) ? null : ownersPairs(scope);
        if (ownedOnly != null) {
            // the owned rows come from the owner-keyed pairs, the team's by id: ilike checks both
            owned = NameSearch.withoutPairIndex(owned, "c.name");
        }
        record Match(long id, Timestamp updatedAt) {
        }
        List<Match> matches = new ArrayList<>(jdbc.sql("select id, updated_at from ("
                        + scope.branchesUpTo("c.id, c.updated_at", "customer", "c", owned, ownedOnly, ":cap")
                        + ") m")
                .params(filters.params()).param("cap", RARE + 1)
                .query((rs, n) -> new Match(rs.getLong(1), rs.getTimestamp(2))).list());
        if (matches.size() > RARE) {
            return Optional.empty();
        }
        matches.sort(Comparator.comparing(Match::updatedAt).thenComparingLong(Match::id).reversed());
        int from = Math.min(page * size, matches.size());
        List<Long> ids = matches.subList(from, Math.min(from + size, matches.size())).stream().map(Match::id).toList();
        return Optional.of(ListQuery.page(rows(ids), page, size, matches.size()));
    }

    /**
     * The owned customers' names hold the fragment's pairs under one of the scope's owners (V33's
     * ix_customer_owner_grams), so PostgreSQL reads only those owners' posting lists: a rep's search for a
     * fragment rare in their customers took 15 ms through the plain pair index, 0.1 ms through this one.
     * Null when the viewer sees everything or the owners are too many to list.
     */
    private static String ownersPairs(ScopeFilter scope) {
        int owners = scope.ownersBound();
        if (owners == 1) {
            return "public.crm_owner_grams(c.owner_id, c.name) @> public.crm_owner_query_grams(:scopeOwner, :q)";
        }
        return owners > 1 && owners <= MAX_OWNERS_KEYED
                ? "public.crm_owner_grams(c.owner_id, c.name) && public.crm_owners_first_gram(:scopeOwners, :q)" : null;
    }

    /** The newest customers read for page {@code page}: proportional to the rows up to it, within the budget. */
    private int window(int page, int size) {
        return (int) Math.min(budget, (long) (page + 1) * size * ROWS_PER_PAGE_ROW);
    }

    private List<CustomerRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + CustomerRow.COLUMNS + """

                from customer c left join app_user u on u.id = c.owner_id
                where c.id = any(:ids) order by c.updated_at desc, c.id desc""")
                .param("ids", ids.toArray(Long[]::new)).query(CustomerRow::map).list();
    }
}
