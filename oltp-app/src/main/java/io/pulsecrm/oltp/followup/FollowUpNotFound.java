package io.pulsecrm.oltp.followup;

import io.pulsecrm.oltp.shared.NotFound;

public final class FollowUpNotFound extends NotFound {

    FollowUpNotFound(long id) {
        super("follow-up %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "follow-up-not-found";
    }
}
