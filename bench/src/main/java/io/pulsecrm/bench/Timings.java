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

    /** Milliseconds of each measured run, sorted. */
    record Sample(double[] millis) {

        double percentile(double p) {
            if (millis.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100 * millis.length);
            return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
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
        int n = 0;
        long measuring = System.nanoTime();
        while (n < iterations && (n < 3 || System.nanoTime() - measuring < budgetNanos)) {
            long t = System.nanoTime();
            read.run();
            millis[n++] = (System.nanoTime() - t) / 1e6;
        }
        double[] taken = Arrays.copyOf(millis, n);
        Arrays.sort(taken);
        return new Sample(taken);
    }
}
