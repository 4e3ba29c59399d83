package io.pulsecrm.segment;

import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A marketer's segment rule: an AND/OR {@link Group} of {@link Condition}s on customer
 * {@link Feature}s. Immutable; built by {@link #parse}, which checks everything, so a rule in hand
 * is always valid. The same rule answers for one customer in Java ({@link #matches}) and for many
 * in ClickHouse ({@link #toClickHouse}), and both answer alike (see the module README).
 */
public sealed interface Rule permits Group, Condition {

    /** The rule in its JSON form; throws {@link RuleInvalid} naming every problem's path from {@code rule}. */
    static Rule parse(JsonNode json) {
        return RuleParser.parse(json);
    }

    /** The rule from JSON text; malformed JSON is a {@link RuleInvalid} at path {@code rule}. */
    static Rule parse(String json) {
        return RuleParser.parse(RuleJson.read(json));
    }

    /** The canonical JSON form ({@link #parse} of it gives an equal rule). */
    JsonNode toJson();

    /** {@link #toJson()} as compact text, e.g. for a jsonb column. */
    default String toJsonText() {
        return RuleJson.write(toJson());
    }

    /** Whether the customer is in the segment on {@code evaluationDate} (which recency is counted to). */
    boolean matches(CustomerFeatures features, LocalDate evaluationDate);

    /** The same question as a parameterised ClickHouse predicate over {@code customer_features}. */
    default SqlPredicate toClickHouse(LocalDate evaluationDate) {
        return ClickHouseSql.predicate(this, evaluationDate);
    }

    /** Every condition of the tree, depth first. */
    List<Condition> conditions();

    /** The features the rule reads; a change of any other feature cannot change a customer's membership. */
    default Set<Feature> features() {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        conditions().forEach(c -> features.add(c.feature()));
        return features;
    }
}
