package io.pulsecrm.warehouse.query;

import java.util.List;
import java.util.Objects;

/**
 * A step of the funnel: LEAD, QUALIFIED, CUSTOMER, OPPORTUNITY, a stage ({@code STAGE} with its id), WON, LOST, or
 * INVALID (where a lead leaves without becoming a customer).
 *
 * @param stageId the stage's id for {@code STAGE}, else 0
 */
public record FunnelStep(String step, long stageId) {

    /** The steps in funnel order (stages between OPPORTUNITY and WON, by their configured position). */
    static final List<String> ORDER = List.of("LEAD", "QUALIFIED", "CUSTOMER", "OPPORTUNITY", "STAGE", "WON", "LOST",
            "INVALID");

    public FunnelStep {
        Objects.requireNonNull(step, "step");
        if (!ORDER.contains(step)) {
            throw new IllegalArgumentException("unknown funnel step " + step);
        }
        if (step.equals("STAGE") != (stageId > 0)) {
            throw new IllegalArgumentException("a stage id goes with step STAGE, and only with it: " + step + " " + stageId);
        }
    }

    public static FunnelStep of(String step) {
        return new FunnelStep(step, 0);
    }

    public static FunnelStep stage(long stageId) {
        return new FunnelStep("STAGE", stageId);
    }

    /** Whose journey the step belongs to: 0 a lead's, 1 a customer's, 2 a deal's. */
    int level() {
        return switch (step) {
            case "LEAD", "QUALIFIED", "INVALID" -> 0;
            case "CUSTOMER" -> 1;
            default -> 2;
        };
    }
}
