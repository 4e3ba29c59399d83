package io.pulsecrm.chdb;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.file.Path;

/**
 * JNA direct mapping of the part of chDB's C API ({@code chdb.h}) this server uses.
 *
 * <p>Direct mapping (static natives bound with {@link Native#register}) rather than an interface proxy:
 * every HTTP request makes several of these calls and the proxy's reflection costs more than the calls.
 * {@code size_t} and {@code uint64_t} are {@code long} (64-bit Linux only).
 */
final class ChdbNative {

    private static boolean registered;

    private ChdbNative() {}

    static synchronized void register(Path library) {
        if (!registered) {
            Native.register(ChdbNative.class, NativeLibrary.getInstance(library.toAbsolutePath().toString()));
            registered = true;
        }
    }

    /** Must run before {@link #chdb_connect}: chDB would otherwise replace the JVM's SIGSEGV handler. */
    static native void chdb_set_signal_handlers_enabled(int enabled);

    /** Returns {@code chdb_connection*}, or null. argv is a {@link com.sun.jna.StringArray}. */
    static native Pointer chdb_connect(int argc, Pointer argv);

    static native void chdb_close_conn(Pointer connectionPointer);

    static native Pointer chdb_query_n(Pointer conn, byte[] query, long queryLen, byte[] format, long formatLen);

    static native Pointer chdb_query_with_params_n(
            Pointer conn,
            byte[] query,
            long queryLen,
            byte[] format,
            long formatLen,
            Pointer names,
            long[] nameLens,
            Pointer values,
            long[] valueLens,
            long count);

    static native Pointer chdb_result_buffer(Pointer result);

    static native long chdb_result_length(Pointer result);

    static native double chdb_result_elapsed(Pointer result);

    static native long chdb_result_rows_read(Pointer result);

    static native long chdb_result_bytes_read(Pointer result);

    static native long chdb_result_storage_rows_read(Pointer result);

    static native long chdb_result_storage_bytes_read(Pointer result);

    static native long chdb_result_rows_written(Pointer result);

    static native long chdb_result_bytes_written(Pointer result);

    /** {@code const char*} or null; owned by the result. */
    static native Pointer chdb_result_error(Pointer result);

    static native void chdb_destroy_query_result(Pointer result);
}
