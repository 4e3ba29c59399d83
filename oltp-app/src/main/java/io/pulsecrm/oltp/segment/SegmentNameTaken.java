package io.pulsecrm.oltp.segment;

import io.pulsecrm.oltp.shared.RuleViolation;

/** The owner already has a segment of that name (whatever the case). */
public final class SegmentNameTaken extends RuleViolation {

    SegmentNameTaken(String name) {
        super("name", "the owner already has a segment named " + name);
    }

    @Override
    public String code() {
        return "segment-name-taken";
    }
}
