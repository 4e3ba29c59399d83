package io.pulsecrm.oltp.followup;

import io.pulsecrm.oltp.shared.Forbidden;

/** The caller sees the follow-up through its record, but it was written by someone outside their scope. */
public final class NotYourFollowUp extends Forbidden {

    NotYourFollowUp(long id) {
        super("only its author or someone with the author in their data scope may change follow-up %d".formatted(id));
    }

    @Override
    public String code() {
        return "permission-denied";
    }
}
