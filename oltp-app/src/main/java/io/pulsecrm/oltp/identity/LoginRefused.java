package io.pulsecrm.oltp.identity;

import io.pulsecrm.oltp.shared.Unauthenticated;

/** Wrong username or password; deliberately does not say which. */
class LoginRefused extends Unauthenticated {

    LoginRefused() {
        super("wrong username or password");
    }

    @Override
    public String code() {
        return "login-refused";
    }
}
