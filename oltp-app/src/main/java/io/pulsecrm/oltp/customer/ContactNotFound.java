package io.pulsecrm.oltp.customer;

import io.pulsecrm.oltp.shared.NotFound;

/** No such contact, or one under a customer the caller may not see. */
public final class ContactNotFound extends NotFound {

    ContactNotFound(long id) {
        super("contact %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "contact-not-found";
    }
}
