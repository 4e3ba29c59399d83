package io.pulsecrm.oltp.stage;

import io.pulsecrm.oltp.shared.InvalidInput;

/** A request names, in one of its fields, a stage that does not exist. */
public final class UnknownStage extends InvalidInput {

    UnknownStage(String field, long id) {
        super(field, "stage %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "unknown-stage";
    }
}
