package io.pulsecrm.oltp.opportunity;

import java.util.Optional;

import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.RecordAccess;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.shared.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The little this feature needs to know of customers and campaigns, read directly: the customer
 * feature is built beside this one and deals only need an owner to check access and a campaign.
 */
@Component
class CustomerDirectory {

    private final JdbcClient jdbc;
    private final RecordAccess access;
    private final CurrentViewer viewer;

    CustomerDirectory(JdbcClient jdbc, RecordAccess access, CurrentViewer viewer) {
        this.jdbc = jdbc;
        this.access = access;
        this.viewer = viewer;
    }

    record CustomerRef(long id, Long ownerId, Long campaignId) {
    }

    /** The customer a request names in {@code field}: missing → 400, not readable by the caller → 403. */
    CustomerRef readable(String field, long id) {
        CustomerRef customer = jdbc.sql("select id, owner_id, campaign_id from customer where id = :id")
                .param("id", id).query(CustomerRef.class).optional()
                .orElseThrow(() -> new UnknownReference(field, "customer %d does not exist".formatted(id)));
        if (!access.canRead(viewer.get(), TeamEntity.CUSTOMER, id, customer.ownerId())) {
            throw PermissionDenied.outOfScope(field);
        }
        return customer;
    }

    /** The campaign a request names in {@code field}; campaigns are visible to every rep. */
    long campaign(String field, long id) {
        Optional<Long> found = jdbc.sql("select id from campaign where id = :id").param("id", id)
                .query(Long.class).optional();
        return found.orElseThrow(() -> new UnknownReference(field, "campaign %d does not exist".formatted(id)));
    }

    static final class UnknownReference extends InvalidInput {

        UnknownReference(String field, String message) {
            super(field, message);
        }

        @Override
        public String code() {
            return "unknown-reference";
        }
    }
}
