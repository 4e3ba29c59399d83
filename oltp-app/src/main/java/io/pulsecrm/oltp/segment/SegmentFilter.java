package io.pulsecrm.oltp.segment;

/**
 * What a list of segments is narrowed to; a null criterion does not narrow.
 *
 * @param q part of the name, any case
 */
public record SegmentFilter(String q, Long ownerId) {

    public SegmentFilter {
        q = q == null || q.isBlank() ? null : q.strip();
        if (q != null && q.length() > SegmentSpec.NAME_MAX) {
            throw new InvalidSegment("q", "must be at most %d characters".formatted(SegmentSpec.NAME_MAX));
        }
    }
}
