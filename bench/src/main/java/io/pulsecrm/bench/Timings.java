package io.pulsecrm.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Times one read again and again: {@code warmup} runs thrown away, then up to {@code iterations} measured, stopped
 * early (after at least three) once a side has spent {@code budgetNanos} on one cell, since a full scan of millions of
 * rows in PostgreSQL can take seconds a read and the machine is shared.
 */
final class Timings {

    interface Read {
        void run() throws Exception;
    }

    /** Milliseconds of each measured run, and of the slowest query in each run ({@link QueryClock}), both sorted. */
    record Sample(double[] millis, double[] slowestQuery) {

        double percentile(double p) {
            return percentile(millis, p);
        }

        /** The percentile of the runs' slowest query: a widget's query p95. */
        double queryPercentile(double p) {
            return percentile(slowestQuery, p);
        }

        private static double percentile(double[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        int count() {
            return millis.length;
        }
    }

    private final int warmup;
    private final int iterations;
    private final long budgetNanos;

    Timings(int warmup, int iterations, int budgetSeconds) {
        this.warmup = warmup;
        this.iterations = iterations;
        this.budgetNanos = TimeUnit.SECONDS.toNanos(budgetSeconds);
    }

    Sample measure(Read read) throws Exception {
        long started = System.nanoTime();
        for (int i = 0; i < warmup && (i == 0 || System.nanoTime() - started < budgetNanos / 4); i++) {
            read.run();
        }
        double[] millis = new double[iterations];
        double[] slowest = new double[iterations];
        int n = 0;
        long measuring = System.nanoTime();
        while (n < iterations && (n < 3 || System.nanoTime() - measuring < budgetNanos)) {
            QueryClock.takeSlowest();
            long t = System.nanoTime();
            read.run();
            millis[n] = (System.nanoTime() - t) / 1e6;
            slowest[n++] = QueryClock.takeSlowest() / 1e6;
        }
        double[] taken = Arrays.copyOf(millis, n);
        double[] queries = Arrays.copyOf(slowest, n);
        Arrays.sort(taken);
        Arrays.sort(queries);
        return new Sample(taken, queries);
    }
}
