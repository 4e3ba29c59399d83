package io.pulsecrm.warehouse;

/** The warehouse schema cannot be brought up to date; the caller must not start writing. */
public class MigrationException extends RuntimeException {

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
