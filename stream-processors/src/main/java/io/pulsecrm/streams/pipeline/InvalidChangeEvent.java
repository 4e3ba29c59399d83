package io.pulsecrm.streams.pipeline;

/** A change event this service cannot apply; its message becomes the {@code crm.dlq.reason} header. */
final class InvalidChangeEvent extends RuntimeException {

    InvalidChangeEvent(String reason) {
        super(reason, null, false, false);
    }
}
