package io.pulsecrm.chdb;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;

/**
 * A successful chDB result. The output stays in chDB's native buffer and is streamed to the client from
 * there, after the engine lock is released; {@link #close()} frees it.
 */
final class EngineResult implements AutoCloseable {

    static final EngineResult EMPTY = new EngineResult(null);

    private static final long MAX_WINDOW = 1L << 30;

    private Pointer result;
    private final long length;
    private final Summary summary;

    private EngineResult(Pointer result) {
        this.result = result;
        if (result == null) {
            this.length = 0;
            this.summary = Summary.EMPTY;
        } else {
            this.length = ChdbNative.chdb_result_length(result);
            this.summary = new Summary(
                    ChdbNative.chdb_result_storage_rows_read(result),
                    ChdbNative.chdb_result_storage_bytes_read(result),
                    ChdbNative.chdb_result_rows_written(result),
                    ChdbNative.chdb_result_bytes_written(result),
                    ChdbNative.chdb_result_rows_read(result),
                    ChdbNative.chdb_result_bytes_read(result),
                    (long) (ChdbNative.chdb_result_elapsed(result) * 1e9));
        }
    }

    /**
     * Takes ownership of a chDB result: returns it wrapped, or throws the engine's error after freeing it.
     * The metric getters return garbage on an error result, so they are read only after the error check.
     */
    static EngineResult adopt(Pointer result) throws ClickHouseException {
        if (result == null) {
            throw new ClickHouseException(ClickHouseException.UNKNOWN_EXCEPTION, "UNKNOWN_EXCEPTION", "chDB returned no result");
        }
        Pointer error = ChdbNative.chdb_result_error(result);
        if (error != null) {
            String text = error.getString(0, "UTF-8");
            ChdbNative.chdb_destroy_query_result(result);
            throw ClickHouseException.fromEngine(text);
        }
        return new EngineResult(result);
    }

    long length() {
        return length;
    }

    Summary summary() {
        return summary;
    }

    /**
     * A read-only view of the native output from {@code offset}, at most 1 GiB of it (a ByteBuffer cannot
     * span more than 2 GiB); valid until {@link #close()}.
     */
    ByteBuffer window(long offset) {
        long size = Math.min(MAX_WINDOW, length - offset);
        if (size <= 0) {
            return ByteBuffer.allocate(0);
        }
        return ChdbNative.chdb_result_buffer(result).getByteBuffer(offset, size).asReadOnlyBuffer();
    }

    @Override
    public synchronized void close() {
        if (result != null) {
            ChdbNative.chdb_destroy_query_result(result);
            result = null;
        }
    }
}
