package io.pulsecrm.oltp.identity;

import java.time.Duration;

import io.pulsecrm.oltp.shared.Throttled;

/** Too many failed logins: from this client, or on this account (locked). */
class LoginThrottled extends Throttled {

    private final String code;

    private LoginThrottled(String code, String message, Duration retryAfter) {
        super(message, retryAfter);
        this.code = code;
    }

    static LoginThrottled client(Duration retryAfter) {
        return new LoginThrottled("login-throttled",
                "too many failed logins from this address; try again in " + retryAfter.toSeconds() + " s", retryAfter);
    }

    static LoginThrottled locked(Duration retryAfter) {
        return new LoginThrottled("account-locked",
                "the account is locked after repeated failed logins; try again in "
                        + Math.max(1, retryAfter.toMinutes()) + " min or ask an administrator", retryAfter);
    }

    @Override
    public String code() {
        return code;
    }
}
