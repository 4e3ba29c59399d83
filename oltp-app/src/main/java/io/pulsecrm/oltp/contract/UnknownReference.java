package io.pulsecrm.oltp.contract;

import io.pulsecrm.oltp.shared.InvalidInput;

/** A request names, in one of its fields, a record that does not exist. */
public final class UnknownReference extends InvalidInput {

    UnknownReference(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "unknown-reference";
    }
}
