package io.pulsecrm.oltp.contract;

import io.pulsecrm.oltp.shared.NotFound;

/** The addressed contract does not exist, or the caller may not see it. */
public final class ContractNotFound extends NotFound {

    ContractNotFound(long id) {
        super("contract %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "contract-not-found";
    }
}
