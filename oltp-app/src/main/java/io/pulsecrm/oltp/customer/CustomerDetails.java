package io.pulsecrm.oltp.customer;

import java.util.List;

import io.pulsecrm.oltp.shared.GenericPlans;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's detail page in one read-only transaction: the customer, checked against the caller's
 * scope once, its primary contact, team and counts — four indexed reads by key on one connection, so their
 * generic plans serve ({@link GenericPlans}).
 */
@Service
@Transactional(readOnly = true)
public class CustomerDetails {

    private final CustomerAccess access;
    private final ContactRepository contacts;
    private final TeamService teams;
    private final CustomerQueries queries;
    private final GenericPlans genericPlans;

    CustomerDetails(CustomerAccess access, ContactRepository contacts, TeamService teams, CustomerQueries queries,
            GenericPlans genericPlans) {
        this.access = access;
        this.contacts = contacts;
        this.teams = teams;
        this.queries = queries;
        this.genericPlans = genericPlans;
    }

    /** What the detail page shows; {@code primaryContact} is null when the customer has none. */
    public record View(Customer customer, Contact primaryContact, List<TeamMemberView> team, CustomerCounts counts) {
    }

    public View of(long id) {
        genericPlans.forThisTransaction();
        Customer customer = access.readable(id);
        return new View(customer, contacts.findByCustomerIdAndPrimaryTrue(id).orElse(null), teams.members(id),
                queries.counts(id));
    }
}
