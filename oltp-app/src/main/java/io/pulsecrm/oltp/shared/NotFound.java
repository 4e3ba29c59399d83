package io.pulsecrm.oltp.shared;

import java.util.List;

/** The resource the request addresses does not exist: HTTP 404. */
public abstract non-sealed class NotFound extends DomainException {

    protected NotFound(String message) {
        super(message, List.of());
    }
}
