package io.pulsecrm.oltp.lead;

import io.pulsecrm.oltp.shared.NotFound;

/** No such lead, or one outside the caller's scope. */
public final class LeadNotFound extends NotFound {

    LeadNotFound(long id) {
        super("lead %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "lead-not-found";
    }
}
