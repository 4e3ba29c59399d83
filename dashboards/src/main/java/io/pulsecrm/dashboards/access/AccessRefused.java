package io.pulsecrm.dashboards.access;

/** A token's user or session is not (or no longer) good for the dashboards; the reason names no personal data. */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String reason) {
        super(reason);
    }
}
