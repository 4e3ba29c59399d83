package io.pulsecrm.oltp.shared;

import java.util.List;

/** The caller is known but may not do this: HTTP 403. Nothing was changed. */
public abstract non-sealed class Forbidden extends DomainException {

    protected Forbidden(String message) {
        super(message, List.of());
    }

    protected Forbidden(String field, String message) {
        super(message, List.of(new FieldProblem(field, message)));
    }
}
