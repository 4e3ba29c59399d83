package io.pulsecrm.warehouse.sink;

/** A record that can never become a row; it goes to the dead-letter topic with this reason. */
public class UnmappableRecordException extends Exception {

    public UnmappableRecordException(String reason) {
        super(reason);
    }

    public UnmappableRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}
