package io.pulsecrm.oltp.stage;

import io.pulsecrm.oltp.shared.NotFound;

/** The addressed stage does not exist. */
public final class StageNotFound extends NotFound {

    StageNotFound(long id) {
        super("stage %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "stage-not-found";
    }
}
