package io.pulsecrm.streams.change;

import java.nio.ByteBuffer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Carries the LSN of the triggering change in a record header from the CDC source to the versioner.
 *
 * <p>Why a header: when a deal moves from stage A to B, or closes, stage A's aggregate only sees the
 * subtracted old contribution, whose LSN is the old one. The version rule needs the LSN of the change
 * itself. Kafka Streams forwards headers through its processors, caches and internal topics along
 * with the record time, so the header reaches A's update. Where it does not, the versioner still has
 * {@code previous.version + 1} and stays strictly increasing.
 */
public final class ChangeLsn {

    static final String HEADER = "crm.lsn";

    private ChangeLsn() {}

    static Headers stamp(Headers original, long lsn) {
        Headers headers = new RecordHeaders(original.toArray());
        headers.remove(HEADER);
        headers.add(HEADER, ByteBuffer.allocate(Long.BYTES).putLong(lsn).array());
        return headers;
    }

    public static long of(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        return header == null || header.value() == null || header.value().length != Long.BYTES
                ? 0
                : ByteBuffer.wrap(header.value()).getLong();
    }

    /** The header is internal to the topology: the output topic's contract has no such header. */
    public static Headers strip(Headers original) {
        Headers headers = new RecordHeaders(original.toArray());
        headers.remove(HEADER);
        return headers;
    }
}
