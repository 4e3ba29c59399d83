package io.pulsecrm.streams.funnel;

/**
 * The funnel's steps, in order: a lead (entered when created), qualified, a customer (a lead converted, or a customer
 * created without a lead), an opportunity, each configured stage ({@code STAGE} with the stage's id), and won or
 * lost. {@code INVALID} is where a lead leaves the funnel without becoming a customer: it ends the lead's time in its
 * step and counts as an exit, never as an entry into a later step.
 */
final class Step {

    static final String NONE = "";
    static final String LEAD = "LEAD";
    static final String QUALIFIED = "QUALIFIED";
    static final String CUSTOMER = "CUSTOMER";
    static final String OPPORTUNITY = "OPPORTUNITY";
    static final String STAGE = "STAGE";
    static final String WON = "WON";
    static final String LOST = "LOST";
    static final String INVALID = "INVALID";

    private Step() {}
}
