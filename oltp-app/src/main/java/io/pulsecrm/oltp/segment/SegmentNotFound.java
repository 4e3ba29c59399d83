package io.pulsecrm.oltp.segment;

import io.pulsecrm.oltp.shared.NotFound;

/** No such segment, or one outside the caller's data scope: the two answer alike. */
public final class SegmentNotFound extends NotFound {

    SegmentNotFound(long id) {
        super("segment %d does not exist".formatted(id));
    }

    @Override
    public String code() {
        return "segment-not-found";
    }
}
