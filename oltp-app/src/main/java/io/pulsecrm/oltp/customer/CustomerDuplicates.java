package io.pulsecrm.oltp.customer;

import java.util.Collection;
import java.util.List;

import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers with any of the given phones, emails or names (case-insensitive), for duplicate
 * warnings (查重). One query per batch, each key on its own index (ix_customer_phone,
 * ix_customer_email, ix_customer_lower_name). Pooled customers are visible to whoever may browse
 * the pool.
 */
@Service
@Transactional(readOnly = true)
public class CustomerDuplicates {

    /** Enough to warn; a key shared by more customers than this is not a duplicate but a placeholder. */
    static final int LIMIT = 2_000;

    private final JdbcClient jdbc;
    private final CurrentViewer viewer;

    CustomerDuplicates(JdbcClient jdbc, CurrentViewer viewer) {
        this.jdbc = jdbc;
        this.viewer = viewer;
    }

    public List<DuplicateCandidate> matching(Collection<String> phones, Collection<String> lowerEmails,
            Collection<String> lowerNames) {
        if (phones.isEmpty() && lowerEmails.isEmpty() && lowerNames.isEmpty()) {
            return List.of();
        }
        Viewer me = viewer.get();
        var scope = me.filter(TeamEntity.CUSTOMER);
        return jdbc.sql("""
                select c.id, c.name, c.phone, lower(c.email) as email, lower(c.name) as company,
                       (%s or (c.owner_id is null and :poolView)) as visible
                from customer c
                where c.phone = any(:phones) or lower(c.email) = any(:emails) or lower(c.name) = any(:names)
                order by c.id limit %d""".formatted(scope.sql("c.owner_id", "c.id"), LIMIT))
                .params(scope.params()).param("poolView", me.can("pool:view"))
                .param("phones", phones.toArray(String[]::new)).param("emails", lowerEmails.toArray(String[]::new))
                .param("names", lowerNames.toArray(String[]::new))
                .query((rs, n) -> new DuplicateCandidate("CUSTOMER", rs.getLong("id"), rs.getString("name"),
                        rs.getString("phone"), rs.getString("email"), rs.getString("company"), rs.getBoolean("visible")))
                .list();
    }
}
