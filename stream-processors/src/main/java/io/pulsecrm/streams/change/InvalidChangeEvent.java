package io.pulsecrm.streams.change;

/** A change event this service cannot apply; its message becomes the {@code crm.dlq.reason} header. */
public final class InvalidChangeEvent extends RuntimeException {

    public InvalidChangeEvent(String reason) {
        super(reason, null, false, false);
    }
}
