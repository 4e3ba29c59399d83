package io.pulsecrm.bench;

import java.util.concurrent.Callable;

/**
 * The slowest single query of a widget's read: a widget makes several queries (the brief twelve), and the issue's
 * target is per query, so {@link Timings} records both the widget's whole read and the slowest query in it.
 */
final class QueryClock {

    private static final ThreadLocal<long[]> SLOWEST = ThreadLocal.withInitial(() -> new long[1]);

    private QueryClock() {
    }

    static <T> T time(Callable<T> query) throws Exception {
        long start = System.nanoTime();
        try {
            return query.call();
        } finally {
            long took = System.nanoTime() - start;
            long[] slowest = SLOWEST.get();
            slowest[0] = Math.max(slowest[0], took);
        }
    }

    /** The slowest query since the last call, in nanoseconds; starts over. */
    static long takeSlowest() {
        long[] slowest = SLOWEST.get();
        long value = slowest[0];
        slowest[0] = 0;
        return value;
    }
}
