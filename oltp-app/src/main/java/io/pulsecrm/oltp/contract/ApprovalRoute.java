package io.pulsecrm.oltp.contract;

import java.util.List;
import java.util.Set;

/** The ordered steps a submitted contract goes through; step numbers start at 1. */
public record ApprovalRoute(long flowId, List<ApprovalStep> steps) {

    public ApprovalRoute {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an approval route has at least one step");
        }
    }

    public int size() {
        return steps.size();
    }

    public ApprovalStep step(int number) {
        return steps.get(number - 1);
    }

    /** Whether the user (with these role ids) decides the step the contract waits at. */
    public boolean awaits(int currentStep, long userId, Set<Long> roleIds) {
        return currentStep >= 1 && currentStep <= steps.size() && step(currentStep).matches(userId, roleIds);
    }
}
