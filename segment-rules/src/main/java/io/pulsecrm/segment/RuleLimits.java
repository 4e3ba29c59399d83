package io.pulsecrm.segment;

/** How large a rule may be: enough for any marketer's segment, small enough to evaluate on every change. */
public final class RuleLimits {

    /** Groups nested inside each other, the outermost counting as 1. */
    public static final int MAX_DEPTH = 5;
    /** Children of one group. */
    public static final int MAX_CHILDREN = 20;
    /** Conditions in the whole tree. */
    public static final int MAX_CONDITIONS = 50;
    /** Values of one condition. */
    public static final int MAX_VALUES = 100;
    /** Characters of one text value. */
    public static final int MAX_TEXT = 64;

    private RuleLimits() {
    }
}
