package io.pulsecrm.oltp.opportunity;

import io.pulsecrm.oltp.shared.NotFound;

public final class OpportunityNotFound extends NotFound {

    OpportunityNotFound(long id) {
        super("opportunity %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "opportunity-not-found";
    }
}
