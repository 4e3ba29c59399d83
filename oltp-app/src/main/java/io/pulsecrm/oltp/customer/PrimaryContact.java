package io.pulsecrm.oltp.customer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A customer with contacts has exactly one primary contact. These are the decisions that keep it
 * so; the service applies them in one transaction (the old primary is unset before the new one is
 * set, so the unique index never sees two).
 */
final class PrimaryContact {

    private PrimaryContact() {
    }

    /** A new contact is primary when asked for, and always when it is the customer's first. */
    static boolean startsAsPrimary(Boolean requested, long existingContacts) {
        return existingContacts == 0 || Boolean.TRUE.equals(requested);
    }

    /**
     * Whether an edit may set the contact's primary flag to {@code requested} (null: unchanged).
     * Unsetting the primary would leave the customer without one: another contact has to be made
     * primary instead.
     */
    static void checkChange(Contact contact, Boolean requested) {
        if (Boolean.FALSE.equals(requested) && contact.isPrimary()) {
            throw new CustomerConflict("primary-contact-required", ("contact %d is the primary contact of customer %d: "
                    + "make another contact primary instead").formatted(contact.getId(), contact.getCustomerId()));
        }
    }

    /** When the primary contact is deleted, the oldest remaining contact takes over. */
    static Optional<Contact> successorOf(Contact deleted, List<Contact> contactsOfCustomer) {
        if (!deleted.isPrimary()) {
            return Optional.empty();
        }
        return contactsOfCustomer.stream()
                .filter(c -> !c.getId().equals(deleted.getId()))
                .min(Comparator.comparing(Contact::getId));
    }
}
