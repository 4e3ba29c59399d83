package io.pulsecrm.segment;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule JSON to a {@link Rule}, collecting every problem with its path. The walk is bounded: it
 * stops descending once the tree has more conditions than allowed or {@link #MAX_ERRORS} problems,
 * so a hostile document costs no more than a large valid one.
 */
final class RuleParser {

    static final String ROOT = "rule";
    static final int MAX_ERRORS = 100;
    // ordered, so an error lists them the same way every time
    private static final Set<String> GROUP_PROPERTIES = new TreeSet<>(Set.of("op", "rules"));
    private static final Set<String> CONDITION_PROPERTIES = new TreeSet<>(Set.of("feature", "operator", "values"));
    private static final String SHAPE = "must be a group {op, rules} or a condition {feature, operator, values}";

    private final List<RuleError> errors = new ArrayList<>();
    private int conditions;

    private RuleParser() {
    }

    static Rule parse(JsonNode json) {
        RuleParser parser = new RuleParser();
        Rule rule = parser.rule(json, ROOT, 0);
        if (parser.conditions > RuleLimits.MAX_CONDITIONS) {
            parser.errors.add(new RuleError(ROOT, "has more than " + RuleLimits.MAX_CONDITIONS + " conditions"));
        }
        if (!parser.errors.isEmpty()) {
            throw new RuleInvalid(parser.errors);
        }
        return rule;
    }

    private boolean stopped() {
        return errors.size() >= MAX_ERRORS || conditions > RuleLimits.MAX_CONDITIONS;
    }

    private Rule rule(JsonNode node, String path, int depth) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return error(path, "is required");
        }
        if (!node.isObject()) {
            return error(path, SHAPE);
        }
        boolean group = node.has("op") || node.has("rules");
        boolean condition = node.has("feature") || node.has("operator") || node.has("values");
        if (group == condition) {
            return error(path, SHAPE);
        }
        Set<String> allowed = group ? GROUP_PROPERTIES : CONDITION_PROPERTIES;
        node.propertyNames().stream().filter(p -> !allowed.contains(p)).forEach(p ->
                error(path + "." + p, "is not a property of a " + (group ? "group " : "condition ") + allowed));
        return group ? group(node, path, depth + 1) : condition(node, path);
    }

    private Rule group(JsonNode node, String path, int depth) {
        if (depth > RuleLimits.MAX_DEPTH) {
            return error(path, "is nested too deep: groups nest at most " + RuleLimits.MAX_DEPTH + " deep");
        }
        Optional<Group.Op> op = name(node.get("op"), path + ".op", Group.Op.class, "must be AND or OR");
        JsonNode children = node.get("rules");
        if (children == null || children.isNull()) {
            return error(path + ".rules", "is required");
        }
        if (!children.isArray() || children.isEmpty() || children.size() > RuleLimits.MAX_CHILDREN) {
            return error(path + ".rules", "must be an array of 1 to " + RuleLimits.MAX_CHILDREN + " rules");
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < children.size() && !stopped(); i++) {
            rules.add(rule(children.get(i), path + ".rules[" + i + "]", depth));
        }
        return op.isPresent() && !rules.contains(null) && rules.size() == children.size() ? new Group(op.get(), rules) : null;
    }

    private Rule condition(JsonNode node, String path) {
        conditions++;
        int before = errors.size();
        Optional<Feature> feature = feature(node.get("feature"), path + ".feature");
        Optional<Operator> operator = name(node.get("operator"), path + ".operator", Operator.class,
                "is not an operator; one of " + feature.map(f -> f.type().operators()).orElse(EnumSet.allOf(Operator.class)));
        JsonNode valueNodes = node.get("values");
        if (valueNodes != null && !valueNodes.isNull() && !valueNodes.isArray()) {
            return error(path + ".values", "must be an array");
        }
        int count = valueNodes == null ? 0 : valueNodes.size();
        if (feature.isPresent() && operator.isPresent()) {
            problems(path, Condition.shapeProblems(feature.get(), operator.get(), count));
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; feature.isPresent() && count <= RuleLimits.MAX_VALUES && i < count; i++) {
            Object value = Values.fromJson(feature.get(), valueNodes.get(i));
            Object canonical = value == null ? null : Values.canonical(feature.get(), value);
            if (canonical == null) {
                error(path + ".values[" + i + "]", Values.expected(feature.get()));
            }
            values.add(canonical);
        }
        if (errors.size() > before) {
            return null;
        }
        problems(path, Condition.problems(feature.get(), operator.get(), values));
        return errors.size() > before ? null : new Condition(feature.get(), operator.get(), values);
    }

    private Optional<Feature> feature(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            error(path, "is required");
            return Optional.empty();
        }
        Optional<Feature> feature = node.isString() ? Feature.byKey(node.stringValue()) : Optional.empty();
        if (feature.isEmpty()) {
            error(path, "is not a feature; one of " + Arrays.stream(Feature.values()).map(Feature::key).toList());
        }
        return feature;
    }

    private <E extends Enum<E>> Optional<E> name(JsonNode node, String path, Class<E> type, String problem) {
        if (node == null || node.isNull()) {
            error(path, "is required");
            return Optional.empty();
        }
        Optional<E> value = Arrays.stream(type.getEnumConstants())
                .filter(e -> node.isString() && e.name().equals(node.stringValue())).findFirst();
        if (value.isEmpty()) {
            error(path, problem);
        }
        return value;
    }

    private void problems(String path, List<RuleError> relative) {
        relative.forEach(e -> error(path + "." + e.path(), e.message()));
    }

    private Rule error(String path, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new RuleError(path, message));
        }
        return null;
    }
}
