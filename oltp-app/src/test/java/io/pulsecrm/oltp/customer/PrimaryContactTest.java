package io.pulsecrm.oltp.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

import io.pulsecrm.oltp.identity.Owner;
import org.junit.jupiter.api.Test;

/** A customer with contacts has exactly one primary contact. */
class PrimaryContactTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private static Contact contact(long id, boolean primary) {
        Customer customer = Customer.register(new CustomerDraft("客户", null, null, null, null, null, null, null, null,
                null, null), new Owner(1, 1), 1, null, NOW);
        setId(Customer.class, customer, 100L);
        Contact contact = Contact.under(customer, new ContactDraft("联系人 " + id, null, null, null, null, null),
                primary, 1, NOW);
        setId(Contact.class, contact, id);
        return contact;
    }

    /** Ids are the database's to give; these records were never saved. */
    private static <T> void setId(Class<T> type, T entity, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFirstContactIsPrimaryWhateverWasAsked() {
        assertThat(PrimaryContact.startsAsPrimary(false, 0)).isTrue();
        assertThat(PrimaryContact.startsAsPrimary(null, 0)).isTrue();
    }

    @Test
    void laterContactsArePrimaryOnlyWhenAsked() {
        assertThat(PrimaryContact.startsAsPrimary(null, 2)).isFalse();
        assertThat(PrimaryContact.startsAsPrimary(true, 2)).isTrue();
    }

    @Test
    void thePrimaryContactCannotSimplyStopBeingPrimary() {
        assertThatThrownBy(() -> PrimaryContact.checkChange(contact(1, true), false))
                .isInstanceOf(CustomerConflict.class).hasMessageContaining("make another contact primary");
        PrimaryContact.checkChange(contact(1, true), null);
        PrimaryContact.checkChange(contact(2, false), false);
    }

    @Test
    void whenThePrimaryContactGoesTheOldestRemainingOneTakesOver() {
        Contact primary = contact(5, true);
        List<Contact> all = List.of(contact(9, false), primary, contact(7, false));

        assertThat(PrimaryContact.successorOf(primary, all)).map(Contact::getId).contains(7L);
    }

    @Test
    void deletingAnotherContactOrTheLastOneNeedsNoSuccessor() {
        Contact other = contact(9, false);
        Contact last = contact(5, true);

        assertThat(PrimaryContact.successorOf(other, List.of(contact(5, true), other))).isEmpty();
        assertThat(PrimaryContact.successorOf(last, List.of(last))).isEmpty();
    }
}
