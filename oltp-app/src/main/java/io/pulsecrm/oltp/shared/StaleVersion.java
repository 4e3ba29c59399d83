package io.pulsecrm.oltp.shared;

/** The client edited a version of the resource that someone else has changed since. */
public final class StaleVersion extends RuleViolation {

    public StaleVersion(String resource, long id, int expected, int current) {
        super("version", "%s %d is at version %d, not %d: reload it and apply the change again"
                .formatted(resource, id, current, expected));
    }

    /** Throws when the version the client read is not the current one. */
    public static void check(String resource, long id, int expected, int current) {
        if (expected != current) {
            throw new StaleVersion(resource, id, expected, current);
        }
    }

    @Override
    public String code() {
        return "stale-version";
    }
}
