package io.pulsecrm.oltp.customer;

import java.time.Clock;
import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.identity.Owners;
import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of one customer; each runs in one transaction and is logged in it. */
@Service
@Transactional(readOnly = true)
public class CustomerService {

    static final String ENTITY = "CUSTOMER";
    private static final Logger log = LoggerFactory.getLogger(CustomerService.class);

    private final CustomerRepository customers;
    private final CustomerAccess access;
    private final ContactService contacts;
    private final CurrentViewer viewer;
    private final Owners owners;
    private final OperationLog operations;
    private final JdbcClient jdbc;
    private final Clock clock;

    CustomerService(CustomerRepository customers, CustomerAccess access, ContactService contacts, CurrentViewer viewer,
            Owners owners, OperationLog operations, JdbcClient jdbc, Clock clock) {
        this.customers = customers;
        this.access = access;
        this.contacts = contacts;
        this.viewer = viewer;
        this.owners = owners;
        this.operations = operations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Customer get(long id) {
        return access.readable(id);
    }

    /** A customer of the public pool, for whoever may browse the pool; an owned one is 404 here. */
    public Customer pooled(long id) {
        return customers.findById(id).filter(Customer::isPooled).orElseThrow(() -> new CustomerNotFound(id));
    }

    public List<LogEntry> history(long id) {
        access.readable(id);
        return operations.history(ENTITY, id);
    }

    @Transactional
    public Customer create(CustomerDraft draft) {
        validate(draft, "");
        Customer customer = customers.saveAndFlush(Customer.register(draft, owners.self(viewer.get()),
                viewer.get().userId(), null, clock.instant()));
        operations.record(ENTITY, customer.getId(), "CREATE", customer.getName(), Changes.none());
        log.info("Customer {} created", customer.getId());
        return customer;
    }

    /**
     * The customer a converted lead becomes, owned by the lead's owner, with its primary contact.
     * Joins the conversion's transaction; the caller has checked the lead and the permissions.
     */
    @Transactional
    public Customer registerConverted(long leadId, CustomerDraft draft, ContactDraft contact, Owner owner) {
        validate(draft, "customer.");
        List<FieldProblem> contactProblems = contact.problems("contact.");
        if (!contactProblems.isEmpty()) {
            throw new InvalidCustomer(contactProblems);
        }
        Customer customer = customers.saveAndFlush(Customer.register(draft, owner, viewer.get().userId(), leadId,
                clock.instant()));
        operations.record(ENTITY, customer.getId(), "CREATE", "converted from lead " + leadId, Changes.none());
        contacts.addPrimaryOf(customer, contact);
        return customer;
    }

    @Transactional
    public Customer update(long id, CustomerDraft draft, int version) {
        Customer customer = access.writable(id, "customer:edit");
        StaleVersion.check("customer", id, version, customer.getVersion());
        validate(draft, "");
        Changes changes = CustomerDraft.of(customer).changesTo(draft.normalized());
        customer.revise(draft, clock.instant());
        customers.saveAndFlush(customer);
        operations.record(ENTITY, id, "UPDATE", customer.getName(), changes);
        return customer;
    }

    @Transactional
    public Customer lock(long id, int version, boolean locked) {
        Customer customer = access.managed(id, "customer:lock");
        StaleVersion.check("customer", id, version, customer.getVersion());
        boolean changed = locked ? customer.lock(clock.instant()) : customer.unlock(clock.instant());
        if (changed) {
            customers.saveAndFlush(customer);
            operations.record(ENTITY, id, locked ? "LOCK" : "UNLOCK", customer.getName(),
                    Changes.none().field("locked", !locked, locked));
        }
        return customer;
    }

    /** Deletes a customer without deals; its contacts, follow-ups and pool history go with it. */
    @Transactional
    public void delete(long id) {
        Customer customer = access.managed(id, "customer:delete");
        long contracts = countOf("contract", id);
        long receipts = countOf("receipt", id);
        long opportunities = countOf("opportunity", id);
        if (contracts + receipts + opportunities > 0) {
            throw new CustomerConflict("customer-has-deals", ("customer %d has %d contract(s), %d receipt(s) and "
                    + "%d opportunity(ies): they keep it").formatted(id, contracts, receipts, opportunities));
        }
        // teams refer to records by type and id, without a foreign key
        jdbc.sql("delete from record_team_member where entity_type = 'CUSTOMER' and entity_id = :id")
                .param("id", id).update();
        customers.delete(customer);
        customers.flush();
        operations.record(ENTITY, id, "DELETE", customer.getName(), Changes.none());
        log.info("Customer {} deleted", id);
    }

    private long countOf(String table, long customerId) {
        // table names are constants of this class, never input
        return jdbc.sql("select count(*) from " + table + " where customer_id = :id").param("id", customerId)
                .query(Long.class).single();
    }

    private void validate(CustomerDraft draft, String prefix) {
        List<FieldProblem> problems = new java.util.ArrayList<>(draft.problems(prefix));
        if (draft.campaignId() != null && draft.campaignId() > 0 && !campaignExists(draft.campaignId())) {
            problems.add(new FieldProblem(prefix + "campaignId", "campaign %d does not exist".formatted(draft.campaignId())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCustomer(problems);
        }
    }

    private boolean campaignExists(long id) {
        return jdbc.sql("select exists (select 1 from campaign where id = :id)").param("id", id)
                .query(Boolean.class).single();
    }
}
