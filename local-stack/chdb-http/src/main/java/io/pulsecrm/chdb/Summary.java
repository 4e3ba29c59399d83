package io.pulsecrm.chdb;

/**
 * The figures of {@code X-ClickHouse-Summary}. clickhouse-jdbc takes a statement's update count from
 * {@code written_rows}.
 */
record Summary(
        long readRows,
        long readBytes,
        long writtenRows,
        long writtenBytes,
        long resultRows,
        long resultBytes,
        long elapsedNs) {

    static final Summary EMPTY = new Summary(0, 0, 0, 0, 0, 0, 0);

    /** ClickHouse writes every figure as a JSON string; the driver expects that shape. */
    String toHeader() {
        return "{\"read_rows\":\"" + readRows
                + "\",\"read_bytes\":\"" + readBytes
                + "\",\"written_rows\":\"" + writtenRows
                + "\",\"written_bytes\":\"" + writtenBytes
                + "\",\"total_rows_to_read\":\"" + readRows
                + "\",\"result_rows\":\"" + resultRows
                + "\",\"result_bytes\":\"" + resultBytes
                + "\",\"elapsed_ns\":\"" + elapsedNs + "\"}";
    }
}
