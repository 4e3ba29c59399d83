package io.pulsecrm.oltp.contract;

import java.util.List;

/** A flow as an admin writes it: steps in order, each a role or a user. */
public record ApprovalFlowDefinition(String name, boolean enabled, List<StepInput> steps) {

    public record StepInput(ApproverType approverType, Long roleId, Long userId) {
    }
}
