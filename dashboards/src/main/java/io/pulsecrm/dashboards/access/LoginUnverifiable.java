package io.pulsecrm.dashboards.access;

import org.springframework.security.core.AuthenticationException;

/** The token is good but ClickHouse, which knows whether its session still is, does not answer: a 503, not a 401. */
final class LoginUnverifiable extends AuthenticationException {

    LoginUnverifiable(Throwable cause) {
        super("cannot check the login: " + cause.getMessage(), cause);
    }
}
