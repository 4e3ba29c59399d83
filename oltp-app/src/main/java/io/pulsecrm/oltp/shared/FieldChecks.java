package io.pulsecrm.oltp.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects every broken field rule of one change before anything is touched, so a client learns
 * all its mistakes at once and an aggregate is never left half-changed.
 */
public final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldChecks require(boolean ok, String field, String message) {
        if (!ok) {
            problems.add(new FieldProblem(field, message));
        }
        return this;
    }

    /** Text of 1 to {@code max} characters once surrounding blanks are trimmed. */
    public FieldChecks text(String value, String field, int max) {
        boolean ok = value != null && !value.isBlank() && value.strip().codePointCount(0, value.strip().length()) <= max;
        return require(ok, field, "must be 1 to %d characters".formatted(max));
    }

    /** A decimal between {@code min} and {@code max} with at most {@code scale} decimal places. */
    public FieldChecks decimal(BigDecimal value, String field, BigDecimal min, BigDecimal max, int scale) {
        if (value == null) {
            return require(false, field, "is required");
        }
        require(value.compareTo(min) >= 0 && value.compareTo(max) <= 0, field,
                "must be between %s and %s".formatted(min.toPlainString(), max.toPlainString()));
        return require(value.stripTrailingZeros().scale() <= scale, field,
                "must have at most %d decimal places".formatted(scale));
    }

    public void orThrow(Function<List<FieldProblem>, ? extends DomainException> exception) {
        if (!problems.isEmpty()) {
            throw exception.apply(List.copyOf(problems));
        }
    }
}
