package io.pulsecrm.oltp.segment;

import java.util.ArrayList;
import java.util.List;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.segment.Rule;
import io.pulsecrm.segment.RuleInvalid;
import tools.jackson.databind.JsonNode;

/**
 * What a marketer saves: a name, a description and a valid rule. {@link #of} checks all three at
 * once, so a refused request names every bad field, the rule's by its path ({@code rule.rules[1].values[0]}).
 */
public record SegmentSpec(String name, String description, Rule rule) {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 500;

    public static SegmentSpec of(String name, String description, JsonNode rule) {
        List<FieldProblem> problems = new ArrayList<>();
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > NAME_MAX) {
            problems.add(new FieldProblem("name", "must be 1 to %d characters".formatted(NAME_MAX)));
        }
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.codePointCount(0, text.length()) > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "must be at most %d characters".formatted(DESCRIPTION_MAX)));
        }
        Rule parsed = null;
        try {
            parsed = Rule.parse(rule);
        } catch (RuleInvalid invalid) {
            invalid.errors().forEach(e -> problems.add(new FieldProblem(e.path(), e.message())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSegment(problems);
        }
        return new SegmentSpec(stripped, text, parsed);
    }
}
