package io.pulsecrm.bench;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load: write numbers handed out on schedule to a fixed set of workers, so a write waiting for a free
 * worker shows as lag behind schedule instead of silently lowering the rate.
 */
final class Pacer {

    private Pacer() {}

    /** Hands out {@code 0 … total-1}, write i at {@code start + i × interval}, then a stop (-1) per worker; waits for them. */
    static void run(long start, long intervalNanos, int total, BlockingQueue<Integer> due, List<Thread> workers)
            throws InterruptedException {
        for (int i = 0; i < total; i++) {
            long wait = start + i * intervalNanos - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            due.add(i);
        }
        workers.forEach(w -> due.add(-1));
        for (Thread w : workers) {
            w.join();
        }
    }

    /** The next write number for a worker, or -1 when it should stop. */
    static int take(BlockingQueue<Integer> due) {
        try {
            return due.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
