package io.pulsecrm.oltp.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.pulsecrm.oltp.audit.Changes;
import io.pulsecrm.oltp.audit.LogEntry;
import io.pulsecrm.oltp.audit.OperationLog;
import io.pulsecrm.oltp.identity.CurrentViewer;
import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.shared.StaleVersion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts of a customer. Access follows the customer: whoever may read it reads its contacts,
 * whoever may write it (owner in scope or WRITE team member) changes them; and a contact's holder
 * (who may differ from the customer's owner after a transfer that left the contacts) reaches it too.
 */
@Service
@Transactional(readOnly = true)
public class ContactService {

    static final String ENTITY = "CONTACT";

    private final ContactRepository contacts;
    private final CustomerAccess customers;
    private final CurrentViewer viewer;
    private final OperationLog operations;
    private final Clock clock;

    ContactService(ContactRepository contacts, CustomerAccess customers, CurrentViewer viewer,
            OperationLog operations, Clock clock) {
        this.contacts = contacts;
        this.customers = customers;
        this.viewer = viewer;
        this.operations = operations;
        this.clock = clock;
    }

    public List<Contact> of(long customerId) {
        customers.readable(customerId);
        return contacts.findByCustomerIdOrderByIdAsc(customerId);
    }

    /** The contact if its holder is in the caller's scope or the caller reads its customer (as the list has it). */
    public Contact get(long id) {
        Contact contact = contacts.findById(id).orElseThrow(() -> new ContactNotFound(id));
        if (viewer.get().sees(contact.getOwnerId())) {
            return contact;
        }
        try {
            customers.readable(contact.getCustomerId());
        } catch (CustomerNotFound hidden) {
            throw new ContactNotFound(id);
        }
        return contact;
    }

    public List<LogEntry> history(long id) {
        get(id);
        return operations.history(ENTITY, id);
    }

    @Transactional
    public Contact create(long customerId, ContactDraft draft, Boolean primary) {
        Customer customer = customers.writable(customerId, "contact:create");
        check(draft);
        Instant now = clock.instant();
        boolean first = PrimaryContact.startsAsPrimary(primary, contacts.countByCustomerId(customerId));
        if (first) {
            unsetPrimary(customerId, now);
        }
        Contact contact = contacts.saveAndFlush(Contact.under(customer, draft, first, viewer.get().userId(), now));
        operations.record(ENTITY, contact.getId(), "CREATE", contact.getName(), Changes.none());
        return contact;
    }

    /** The first contact of a customer made by lead conversion: primary by definition. */
    @Transactional
    Contact addPrimaryOf(Customer customer, ContactDraft draft) {
        Contact contact = contacts.saveAndFlush(Contact.under(customer, draft, true, viewer.get().userId(),
                clock.instant()));
        operations.record(ENTITY, contact.getId(), "CREATE", contact.getName(), Changes.none());
        return contact;
    }

    @Transactional
    public Contact update(long id, ContactDraft draft, Boolean primary, int version) {
        Contact contact = editable(id, "contact:edit");
        StaleVersion.check("contact", id, version, contact.getVersion());
        check(draft);
        PrimaryContact.checkChange(contact, primary);
        Instant now = clock.instant();
        Changes changes = ContactDraft.of(contact).changesTo(draft.normalized());
        if (Boolean.TRUE.equals(primary) && !contact.isPrimary()) {
            unsetPrimary(contact.getCustomerId(), now);
            contact.markPrimary(true, now);
            changes.field("primary", false, true);
        }
        contact.revise(draft, now);
        contacts.saveAndFlush(contact);
        operations.record(ENTITY, id, "UPDATE", contact.getName(), changes);
        return contact;
    }

    /** Deletes the contact; if it was the primary one, the oldest remaining contact takes over. */
    @Transactional
    public void delete(long id) {
        Contact contact = editable(id, "contact:delete");
        List<Contact> siblings = contacts.findByCustomerIdOrderByIdAsc(contact.getCustomerId());
        contacts.delete(contact);
        contacts.flush();
        PrimaryContact.successorOf(contact, siblings).ifPresent(next -> {
            next.markPrimary(true, clock.instant());
            contacts.saveAndFlush(next);
            operations.record(ENTITY, next.getId(), "UPDATE", next.getName(), Changes.none().field("primary", false, true));
        });
        operations.record(ENTITY, id, "DELETE", contact.getName(), Changes.none());
    }

    /** Its holder's scope changes it, else whoever may write its customer (a READ seat on the team reads only). */
    private Contact editable(long id, String permission) {
        Contact contact = get(id);
        if (!viewer.get().sees(contact.getOwnerId())) {
            customers.writable(contact.getCustomerId(), permission);
        }
        return contact;
    }

    /** Unsets the current primary, flushed before a new one is set (one primary per customer, by index). */
    private void unsetPrimary(long customerId, Instant now) {
        contacts.findByCustomerIdAndPrimaryTrue(customerId).ifPresent(old -> {
            old.markPrimary(false, now);
            contacts.saveAndFlush(old);
            operations.record(ENTITY, old.getId(), "UPDATE", old.getName(), Changes.none().field("primary", true, false));
        });
    }

    private static void check(ContactDraft draft) {
        List<FieldProblem> problems = draft.problems("");
        if (!problems.isEmpty()) {
            throw new InvalidCustomer(problems);
        }
    }
}
