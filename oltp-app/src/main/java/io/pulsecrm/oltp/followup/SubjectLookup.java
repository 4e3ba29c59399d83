package io.pulsecrm.oltp.followup;

import java.util.Optional;

import io.pulsecrm.oltp.identity.RecordAccess;
import io.pulsecrm.oltp.identity.TeamEntity;
import io.pulsecrm.oltp.identity.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads who owns a lead, customer, contact, opportunity or contract and which customer it belongs
 * under, and decides with {@link RecordAccess} whether the viewer may read or change it. Other
 * features own those tables; this only reads them, by one fixed statement per type (the table name
 * never comes from a request).
 */
@Component
public class SubjectLookup {

    private final JdbcClient jdbc;
    private final RecordAccess access;

    SubjectLookup(JdbcClient jdbc, RecordAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The record if it exists and the viewer may read it; empty otherwise (callers answer as if absent). */
    public Optional<Subject> readable(Viewer viewer, SubjectType type, long id) {
        return jdbc.sql(statement(type)).param("id", id)
                .query((rs, n) -> new Row(rs.getString("name"), (Long) rs.getObject("owner_id"),
                        (Long) rs.getObject("customer_id"), (Long) rs.getObject("customer_owner_id")))
                .optional()
                .filter(row -> canRead(viewer, type, id, row))
                .map(row -> new Subject(type, id, row.name(), row.ownerId(), row.customerId(),
                        canWrite(viewer, type, id, row)));
    }

    private static String statement(SubjectType type) {
        return switch (type) {
            case LEAD -> """
                    select name, owner_id, converted_customer_id as customer_id, null::bigint as customer_owner_id
                    from lead where id = :id""";
            case CUSTOMER -> """
                    select name, owner_id, id as customer_id, owner_id as customer_owner_id
                    from customer where id = :id""";
            case CONTACT -> """
                    select ct.name, ct.owner_id, ct.customer_id, c.owner_id as customer_owner_id
                    from contact ct join customer c on c.id = ct.customer_id where ct.id = :id""";
            case OPPORTUNITY -> """
                    select name, owner_id, customer_id, null::bigint as customer_owner_id
                    from opportunity where id = :id""";
            case CONTRACT -> """
                    select name, owner_id, customer_id, null::bigint as customer_owner_id
                    from contract where id = :id""";
        };
    }

    /** A contact has no team of its own: it is reached through its own owner or its customer's access. */
    private boolean canRead(Viewer viewer, SubjectType type, long id, Row row) {
        return switch (type) {
            case LEAD -> access.canRead(viewer, TeamEntity.NONE, id, row.ownerId());
            case CUSTOMER -> access.canRead(viewer, TeamEntity.CUSTOMER, id, row.ownerId());
            case CONTACT -> viewer.sees(row.ownerId())
                    || access.canRead(viewer, TeamEntity.CUSTOMER, row.customerId(), row.customerOwnerId());
            case OPPORTUNITY -> access.canRead(viewer, TeamEntity.OPPORTUNITY, id, row.ownerId());
            case CONTRACT -> access.canRead(viewer, TeamEntity.CONTRACT, id, row.ownerId());
        };
    }

    private boolean canWrite(Viewer viewer, SubjectType type, long id, Row row) {
        return switch (type) {
            case LEAD -> access.canWrite(viewer, TeamEntity.NONE, id, row.ownerId());
            case CUSTOMER -> access.canWrite(viewer, TeamEntity.CUSTOMER, id, row.ownerId());
            case CONTACT -> viewer.sees(row.ownerId())
                    || access.canWrite(viewer, TeamEntity.CUSTOMER, row.customerId(), row.customerOwnerId());
            case OPPORTUNITY -> access.canWrite(viewer, TeamEntity.OPPORTUNITY, id, row.ownerId());
            case CONTRACT -> access.canWrite(viewer, TeamEntity.CONTRACT, id, row.ownerId());
        };
    }

    private record Row(String name, Long ownerId, Long customerId, Long customerOwnerId) {
    }
}
