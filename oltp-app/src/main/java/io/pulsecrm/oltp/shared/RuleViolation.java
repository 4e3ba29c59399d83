package io.pulsecrm.oltp.shared;

import java.util.List;

/** The request is well formed but conflicts with the current state of the resource: HTTP 409. */
public abstract non-sealed class RuleViolation extends DomainException {

    protected RuleViolation(String message) {
        super(message, List.of());
    }

    protected RuleViolation(String field, String message) {
        super(message, List.of(new FieldProblem(field, message)));
    }
}
