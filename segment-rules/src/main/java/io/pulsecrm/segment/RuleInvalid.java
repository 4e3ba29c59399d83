package io.pulsecrm.segment;

import java.util.List;
import java.util.stream.Collectors;

/** A rule that cannot be used, with every problem found (at least one). */
public final class RuleInvalid extends RuntimeException {

    private final transient List<RuleError> errors;

    public RuleInvalid(List<RuleError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a rule is invalid for at least one reason");
        }
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }

    private static String describe(List<RuleError> errors) {
        return errors.stream().map(e -> e.path() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
