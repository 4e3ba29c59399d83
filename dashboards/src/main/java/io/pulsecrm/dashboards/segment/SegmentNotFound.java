package io.pulsecrm.dashboards.segment;

/** No segment with this id whose owner is in the viewer's scope: as in oltp-app, the two are not told apart (404). */
public class SegmentNotFound extends RuntimeException {

    private final long segmentId;

    SegmentNotFound(long segmentId) {
        super("segment " + segmentId + " is not in scope or does not exist");
        this.segmentId = segmentId;
    }

    public long segmentId() {
        return segmentId;
    }
}
