package io.pulsecrm.oltp.customer;

import io.pulsecrm.oltp.shared.NotFound;

/** No such customer, or not one the caller may see (indistinguishable on purpose). */
public final class CustomerNotFound extends NotFound {

    public CustomerNotFound(long id) {
        super("customer %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "customer-not-found";
    }
}
