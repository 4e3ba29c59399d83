package io.pulsecrm.oltp.shared;

import java.util.List;

/** The caller could not be identified (bad credentials, no or expired token): HTTP 401. */
public abstract non-sealed class Unauthenticated extends DomainException {

    protected Unauthenticated(String message) {
        super(message, List.of());
    }
}
