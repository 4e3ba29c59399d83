package io.pulsecrm.segment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Rules joined by AND (all hold) or OR (any holds); 1 to {@link RuleLimits#MAX_CHILDREN} of them. */
public record Group(Op op, List<Rule> rules) implements Rule {

    public enum Op { AND, OR }

    public Group {
        Objects.requireNonNull(op, "op");
        rules = List.copyOf(rules);
        if (rules.isEmpty() || rules.size() > RuleLimits.MAX_CHILDREN) {
            throw new IllegalArgumentException("a group has 1 to " + RuleLimits.MAX_CHILDREN + " rules, not " + rules.size());
        }
    }

    public static Group and(Rule... rules) {
        return new Group(Op.AND, List.of(rules));
    }

    public static Group or(Rule... rules) {
        return new Group(Op.OR, List.of(rules));
    }

    @Override
    public boolean matches(CustomerFeatures features, LocalDate evaluationDate) {
        return op == Op.AND
                ? rules.stream().allMatch(r -> r.matches(features, evaluationDate))
                : rules.stream().anyMatch(r -> r.matches(features, evaluationDate));
    }

    @Override
    public JsonNode toJson() {
        ObjectNode node = RuleJson.object();
        node.put("op", op.name());
        ArrayNode children = node.putArray("rules");
        rules.forEach(r -> children.add(r.toJson()));
        return node;
    }

    @Override
    public List<Condition> conditions() {
        return rules.stream().flatMap(r -> r.conditions().stream()).toList();
    }
}
