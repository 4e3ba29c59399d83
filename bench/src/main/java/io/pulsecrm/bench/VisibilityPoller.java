package io.pulsecrm.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Polls ClickHouse and turns "count reached k" into per-write visibility times: when a stage's open count reaches
 * k, the k earliest committed writes are visible, so a write's latency is the first poll that covers it minus its
 * commit (over-stated by at most one poll interval).
 */
final class VisibilityPoller implements Runnable {
    private final ClickHouseProbe probe;
    private final long stageId;
    private final AtomicLongArray commitNanos;
    private final AtomicInteger committed;
    private final long warmupEnd;
    private final Histogram visible;
    private final int pollMs;
    /** Each write's commit → visible nanos, by commit order; 0 until seen. */
    private final AtomicLongArray latency;
    private volatile boolean running = true;
    private volatile int visibleCount;
    private volatile long polls;

    VisibilityPoller(ClickHouseProbe probe, long stageId, AtomicLongArray commitNanos, AtomicInteger committed,
            long warmupEnd, Histogram visible, int pollMs) {
        this.probe = probe;
        this.stageId = stageId;
        this.commitNanos = commitNanos;
        this.committed = committed;
        this.warmupEnd = warmupEnd;
        this.visible = visible;
        this.pollMs = pollMs;
        this.latency = new AtomicLongArray(commitNanos.length());
    }

    @Override
    public void run() {
        while (running) {
            long pollStart = System.nanoTime();
            try {
                long count = probe.openCount(stageId);
                polls++;
                long seen = System.nanoTime();
                int upTo = (int) Math.min(count, committed.get());
                for (int k = visibleCount; k < upTo; k++) {
                    long commit = commitNanos.get(k);
                    if (commit == 0) { // counted as committed but its timestamp is not written yet
                        upTo = k;
                        break;
                    }
                    latency.set(k, Math.max(1, seen - commit));
                    if (commit >= warmupEnd) {
                        visible.recordValue(Math.max(0, seen - commit));
                    }
                }
                visibleCount = upTo;
            } catch (Exception e) {
                System.err.println("ClickHouse poll failed: " + e.getMessage());
            }
            long sleep = TimeUnit.MILLISECONDS.toNanos(pollMs) - (System.nanoTime() - pollStart);
            if (sleep > 0) {
                LockSupport.parkNanos(sleep);
            }
        }
    }

    boolean awaitVisible(int target, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (visibleCount < target && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(pollMs));
        }
        return visibleCount >= target;
    }

    /**
     * p50 and p99 of the writes committed in each {@code window} from {@code start}: whether the latency is steady
     * or a backlog that grows and drains.
     */
    String timeline(long start, Duration window) {
        StringBuilder out = new StringBuilder();
        int k = 0;
        int n = visibleCount;
        for (long from = start; k < n; from += window.toNanos()) {
            Histogram h = new Histogram(TimeUnit.SECONDS.toNanos(120), 2);
            for (; k < n && commitNanos.get(k) < from + window.toNanos(); k++) {
                h.recordValue(Math.min(latency.get(k), h.getHighestTrackableValue()));
            }
            out.append(String.format("%s%d–%d s %s/%s", out.isEmpty() ? "" : ", ", (from - start) / 1_000_000_000L,
                    (from - start + window.toNanos()) / 1_000_000_000L, ms(h, 50).replace(" ms", ""), ms(h, 99)));
        }
        return out.toString();
    }

    int visibleCount() {
        return visibleCount;
    }

    long polls() {
        return polls;
    }

    void stop() {
        running = false;
    }

    static String ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? "n/a" : msOf(h.getValueAtPercentile(percentile));
    }

    static String msOf(long nanos) {
        return String.format("%.0f ms", nanos / 1e6);
    }
}
