package io.pulsecrm.warehouse.reconcile;

/** What {@code ./crm reconcile} exits with, so scripts and CI can tell a mismatch from a failure to look. */
enum ExitCode {
    /** Every figure equal on both sides. */
    AGREE(0),
    /** At least one difference (printed). */
    DIFFER(1),
    /** The comparison could not run (a database unreachable, a query failing, bad arguments): reason printed. */
    COULD_NOT_RUN(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    static ExitCode of(java.util.List<Difference> differences) {
        return differences.isEmpty() ? AGREE : DIFFER;
    }
}
