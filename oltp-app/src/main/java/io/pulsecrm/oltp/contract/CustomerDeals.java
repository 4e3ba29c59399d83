package io.pulsecrm.oltp.contract;

import java.sql.Timestamp;
import java.time.Instant;

import io.pulsecrm.oltp.identity.PermissionDenied;
import io.pulsecrm.oltp.identity.RecordAccess;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The little contracts need of customers, read and written directly: the customer feature is
 * built beside this one, and a contract only needs the customer's owner (to check access) and to
 * mark the customer as having a deal when a contract is approved.
 */
@Component
class CustomerDeals {

    private final JdbcClient jdbc;
    private final RecordAccess access;

    CustomerDeals(JdbcClient jdbc, RecordAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The customer a request names in {@code field}: missing → 400, not readable by the viewer → 403. */
    void requireReadable(Viewer viewer, String field, long customerId) {
        // a pooled customer has no owner: the row is there, its owner_id is null
        CustomerOwner customer = jdbc.sql("select owner_id from customer where id = :id").param("id", customerId)
                .query(CustomerOwner.class).optional()
                .orElseThrow(() -> new UnknownReference(field, "customer %d does not exist".formatted(customerId)));
        if (!access.canRead(viewer, TeamEntity.CUSTOMER, customerId, customer.ownerId())) {
            throw PermissionDenied.outOfScope(field);
        }
    }

    record CustomerOwner(Long ownerId) {
    }

    /**
     * The customer has signed: deal status DEAL, last deal now. The version moves on so that an
     * edit of the customer read before this cannot write the old deal status back.
     */
    void markDeal(long customerId, Instant at) {
        jdbc.sql("""
                update customer set deal_status = 'DEAL', last_deal_at = greatest(coalesce(last_deal_at, :at), :at),
                       updated_at = :at, version = version + 1
                where id = :id
                """).param("id", customerId).param("at", Timestamp.from(at)).update();
    }
}
