package io.pulsecrm.segment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One test of one feature: {@code received_total GTE "100000.00"}. The values are of the feature
 * type's Java type ({@link Long}, {@link java.math.BigDecimal} at scale 2, {@link String}), as many
 * as the operator takes; a condition that breaks any of this cannot be built.
 */
public record Condition(Feature feature, Operator operator, List<Object> values) implements Rule {

    public Condition {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(operator, "operator");
        List<Object> canonical = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Object value = Values.canonical(feature, values.get(i));
            if (value == null) {
                throw new IllegalArgumentException(feature.key() + " values[" + i + "] " + Values.expected(feature));
            }
            canonical.add(value);
        }
        values = List.copyOf(canonical);
        List<RuleError> problems = problems(feature, operator, values);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(feature.key() + " " + problems.getFirst().path() + " " + problems.getFirst().message());
        }
    }

    public static Condition of(Feature feature, Operator operator, Object... values) {
        return new Condition(feature, operator, List.of(values));
    }

    /** An operator the feature's type does not take, or a wrong number of values (paths relative to the condition). */
    static List<RuleError> shapeProblems(Feature feature, Operator operator, int valueCount) {
        if (!feature.type().allows(operator)) {
            return List.of(new RuleError("operator", "does not apply to " + feature.type() + " feature " + feature.key()
                    + "; one of " + feature.type().operators()));
        }
        if (!operator.takes(valueCount)) {
            return List.of(new RuleError("values", operator + " " + operator.arityText()));
        }
        return List.of();
    }

    /** {@link #shapeProblems}, then, for canonical values, a BETWEEN whose bounds are reversed. */
    static List<RuleError> problems(Feature feature, Operator operator, List<Object> values) {
        List<RuleError> shape = shapeProblems(feature, operator, values.size());
        if (!shape.isEmpty()) {
            return shape;
        }
        if (operator == Operator.BETWEEN && Matching.compare(values.get(0), values.get(1)) > 0) {
            return List.of(new RuleError("values[1]", "must not be less than values[0]"));
        }
        return List.of();
    }

    @Override
    public boolean matches(CustomerFeatures features, LocalDate evaluationDate) {
        return Matching.matches(this, features, evaluationDate);
    }

    @Override
    public JsonNode toJson() {
        ObjectNode node = RuleJson.object();
        node.put("feature", feature.key());
        node.put("operator", operator.name());
        ArrayNode array = node.putArray("values");
        values.forEach(v -> array.add(Values.toJson(v)));
        return node;
    }

    @Override
    public List<Condition> conditions() {
        return List.of(this);
    }
}
