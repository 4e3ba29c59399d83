package io.pulsecrm.oltp.target;

import io.pulsecrm.oltp.shared.RuleViolation;

/** A month was changed by someone else since the client read it (or set while the client saw none). */
public final class StaleTarget extends RuleViolation {

    StaleTarget(int index, int month, Integer current, Integer sent) {
        super("months[%d].version".formatted(index), "month %d is at version %s, not %s: reload the year and apply the change again"
                .formatted(month, current == null ? "none (never set)" : current, sent == null ? "none" : sent));
    }

    @Override
    public String code() {
        return "stale-version";
    }
}
