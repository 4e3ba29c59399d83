package io.pulsecrm.segment;

/**
 * How a condition compares a feature with its values. Which operators a feature accepts is its
 * {@link FeatureType}'s business; how many values each takes is fixed here.
 *
 * <p>On a customer whose feature is not set (no receipt yet, no industry): the comparisons and
 * {@code IN}/{@code CONTAINS} are false, the negations {@code NE}/{@code NOT_IN} are true ("is not
 * IT" includes customers with no industry), {@code IS_SET}/{@code IS_NOT_SET} say which it is.
 */
public enum Operator {
    EQ(1, 1, "等于", "equals"),
    NE(1, 1, "不等于", "does not equal"),
    GT(1, 1, "大于", "greater than"),
    GTE(1, 1, "大于等于", "at least"),
    LT(1, 1, "小于", "less than"),
    LTE(1, 1, "小于等于", "at most"),
    BETWEEN(2, 2, "介于", "between"),
    IN(1, RuleLimits.MAX_VALUES, "属于", "is one of"),
    NOT_IN(1, RuleLimits.MAX_VALUES, "不属于", "is none of"),
    CONTAINS(1, 1, "包含", "contains"),
    IS_SET(0, 0, "有值", "is set"),
    IS_NOT_SET(0, 0, "无值", "is not set"),
    CONTAINS_ANY(1, RuleLimits.MAX_VALUES, "包含任一", "contains any of"),
    CONTAINS_ALL(1, RuleLimits.MAX_VALUES, "包含全部", "contains all of"),
    CONTAINS_NONE(1, RuleLimits.MAX_VALUES, "都不包含", "contains none of");

    private final int minValues;
    private final int maxValues;
    private final Label label;

    Operator(int minValues, int maxValues, String zhCN, String en) {
        this.minValues = minValues;
        this.maxValues = maxValues;
        this.label = new Label(zhCN, en);
    }

    public int minValues() {
        return minValues;
    }

    public int maxValues() {
        return maxValues;
    }

    public Label label() {
        return label;
    }

    /** Whether {@code count} values are what this operator takes. */
    public boolean takes(int count) {
        return count >= minValues && count <= maxValues;
    }

    /** True for the operators that hold on a customer whose feature is not set. */
    boolean holdsWhenUnset() {
        return this == NE || this == NOT_IN || this == IS_NOT_SET;
    }

    String arityText() {
        if (maxValues == 0) {
            return "takes no values";
        }
        if (minValues == maxValues) {
            return "takes exactly " + minValues + (minValues == 1 ? " value" : " values");
        }
        return "takes " + minValues + " to " + maxValues + " values";
    }
}
