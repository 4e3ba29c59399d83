package io.pulsecrm.oltp.stage;

import io.pulsecrm.oltp.shared.RuleViolation;

/** Stage names are unique. */
public final class StageNameTaken extends RuleViolation {

    StageNameTaken(String name) {
        super("name", "a stage named '%s' already exists".formatted(name));
    }

    @Override
    public String code() {
        return "stage-name-taken";
    }
}
