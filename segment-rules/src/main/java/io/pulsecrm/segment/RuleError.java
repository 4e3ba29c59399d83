package io.pulsecrm.segment;

/**
 * One problem of a rule: where it is ({@code rule.rules[1].values[0]}, the path from the rule's
 * root named {@code rule}, as the field of a request body) and what is wrong there.
 */
public record RuleError(String path, String message) {
}
