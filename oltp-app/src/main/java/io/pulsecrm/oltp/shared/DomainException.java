package io.pulsecrm.oltp.shared;

import java.util.List;

/**
 * A rule of the domain said no. Concrete exceptions are named after the rule
 * ({@code OpportunityClosed}, {@code StageInUse}); the family they extend decides the HTTP status.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInput, NotFound, RuleViolation, Forbidden, Unauthenticated, Throttled {

    private final List<FieldProblem> problems;

    protected DomainException(String message, List<FieldProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Stable, machine-readable name of the rule, e.g. {@code opportunity-closed}. */
    public abstract String code();

    /** The fields the problem is about; empty when it is about the resource as a whole. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
