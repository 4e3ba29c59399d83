package io.pulsecrm.localstack.process;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Polls a condition while a child process starts, failing early if the process dies. */
public final class Waits {

    private static final Duration POLL = Duration.ofMillis(100);

    private Waits() {}

    /**
     * Returns the first non-empty value of {@code probe}; throws {@link StartupFailed} when
     * {@code process} exits first or {@code timeout} passes, with {@code diagnostics} in the message.
     */
    public static <T> T until(String what, ProcessHandle process, Duration timeout,
                              Supplier<Optional<T>> probe, Supplier<String> diagnostics) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (process != null && !Procs.isRunning(process)) {
                throw new StartupFailed(what + " exited before it was ready\n" + diagnostics.get());
            }
            if (System.nanoTime() > deadline) {
                throw new StartupFailed(what + " was not ready after " + timeout.toSeconds() + " s\n" + diagnostics.get());
            }
            LockSupport.parkNanos(POLL.toNanos());
            if (Thread.interrupted()) {
                throw new StartupFailed("interrupted while waiting for " + what);
            }
        }
    }

    /** A component did not come up; the message carries the tail of its log. */
    public static final class StartupFailed extends RuntimeException {
        public StartupFailed(String message) {
            super(message);
        }
    }
}
