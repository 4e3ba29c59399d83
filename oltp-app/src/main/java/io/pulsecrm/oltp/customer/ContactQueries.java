package io.pulsecrm.oltp.customer;

import java.util.List;

import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;
import io.pulsecrm.oltp.shared.NameSearch;
import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.shared.PageResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts the caller reaches: held by someone in the caller's scope, or under a customer the
 * caller reads (its owner in scope, or a seat on its team). A contact's holder is usually its
 * customer's owner, but a transfer may leave contacts with their previous holder; both then reach
 * them, here as in {@link ContactService#get} (ix_contact_owner_updated serves the order).
 */
@Service
@Transactional(readOnly = true)
public class ContactQueries {

    private final JdbcClient jdbc;
    private final CurrentViewer viewer;

    ContactQueries(JdbcClient jdbc, CurrentViewer viewer) {
        this.jdbc = jdbc;
        this.viewer = viewer;
    }

    public PageResponse<ContactRow> list(String q, Long customerId, int page, int size) {
        Viewer me = viewer.get();
        var heldOrOnTheTeam = me.filter(TeamEntity.CUSTOMER);
        var customerInScope = me.filter(TeamEntity.NONE);
        Predicates where = new Predicates()
                .add("(" + heldOrOnTheTeam.sql("ct.owner_id", "ct.customer_id") + " or "
                        + customerInScope.sql("c.owner_id", "c.id") + ")")
                .params(heldOrOnTheTeam.params()).params(customerInScope.params())
                .when(customerId, "ct.customer_id = :customerId", "customerId");
        String text = FieldFormats.clean(q);
        if (text != null) {
            where.add(FieldFormats.searchMatch(text, NameSearch.predicate("ct.name"), "ct.phone = :q", "ct.mobile = :q",
                            "lower(ct.email) = lower(:q)"))
                    .param("q", text).param("qLike", NameSearch.pattern(text));
        }
        List<ContactRow> items = jdbc.sql("""
                select ct.id, ct.customer_id, c.name as customer_name, ct.name, ct.title, ct.phone, ct.mobile, ct.email,
                       ct.is_primary, ct.owner_id, ct.updated_at, ct.version
                from contact ct join customer c on c.id = ct.customer_id
                where %s order by ct.updated_at desc, ct.id desc limit :limit offset :offset
                """.formatted(where.sql())).params(where.params()).param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new ContactRow(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("customer_name"),
                        rs.getString("name"), rs.getString("title"), rs.getString("phone"), rs.getString("mobile"),
                        rs.getString("email"), rs.getBoolean("is_primary"), (Long) rs.getObject("owner_id"),
                        CustomerRow.instant(rs, "updated_at"), rs.getInt("version")))
                .list();
        long total = jdbc.sql("""
                select count(*) from (select 1 from contact ct join customer c on c.id = ct.customer_id where %s limit %d) capped"""
                .formatted(where.sql(), CustomerQueries.COUNT_CAP)).params(where.params()).query(Long.class).single();
        return ListQuery.page(items, page, size, total);
    }
}
