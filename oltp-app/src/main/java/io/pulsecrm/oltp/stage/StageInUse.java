package io.pulsecrm.oltp.stage;

import java.util.List;

import io.pulsecrm.oltp.shared.RuleViolation;

/** A stage that deals sit in, or passed through, cannot be deleted. */
public final class StageInUse extends RuleViolation {

    StageInUse(OpportunityStage stage, List<String> uses) {
        super("stage %d '%s' is still used by %s: it can be renamed or reordered, not deleted"
                .formatted(stage.getId(), stage.getName(), String.join(" and ", uses)));
    }

    @Override
    public String code() {
        return "stage-in-use";
    }
}
