package io.pulsecrm.segment;

import java.util.EnumSet;
import java.util.Set;

import static io.pulsecrm.segment.Operator.*;

/** What kind of value a feature has, and so which operators and which values its conditions take. */
public enum FeatureType {
    /** A whole number; values are JSON integers (or their decimal text). */
    NUMBER(EnumSet.of(EQ, NE, GT, GTE, LT, LTE, BETWEEN, IS_SET, IS_NOT_SET)),
    /** An amount in yuan, numeric(18, 2); values are decimal text such as {@code "100000.00"} (JSON numbers are accepted). */
    MONEY(EnumSet.of(EQ, NE, GT, GTE, LT, LTE, BETWEEN, IS_SET, IS_NOT_SET)),
    /** Free text as typed on the customer; values are 1–64 characters, compared exactly (case-sensitive). */
    TEXT(EnumSet.of(EQ, NE, IN, NOT_IN, CONTAINS, IS_SET, IS_NOT_SET)),
    /** One code of a fixed list ({@link Feature#choices()}). */
    ENUM(EnumSet.of(EQ, NE, IN, NOT_IN)),
    /** A set of ids (campaign ids); values are positive whole numbers. */
    SET(EnumSet.of(CONTAINS_ANY, CONTAINS_ALL, CONTAINS_NONE));

    private final Set<Operator> operators;

    FeatureType(Set<Operator> operators) {
        this.operators = operators;
    }

    /** The operators a condition on a feature of this type may use, in declaration order. */
    public Set<Operator> operators() {
        return EnumSet.copyOf(operators);
    }

    public boolean allows(Operator operator) {
        return operators.contains(operator);
    }
}
