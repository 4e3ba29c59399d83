package io.pulsecrm.localstack.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/** Linux process facts from /proc, and stopping a process: polite first, forced after a grace period. */
public final class Procs {

    private Procs() {}

    /** The process with this pid, if it is alive and its command line contains {@code marker}
     *  (so a pid recycled by an unrelated process is never mistaken for ours). */
    public static Optional<ProcessHandle> live(long pid, String marker) {
        return ProcessHandle.of(pid)
                .filter(Procs::isRunning)
                .filter(p -> marker == null || cmdline(pid).contains(marker));
    }

    /** Alive and not a zombie: an orphan that exited stays visible until init reaps it. */
    public static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || stat.length() < afterName + 3 || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    /** The command line with arguments separated by spaces; empty when the process is gone. */
    public static String cmdline(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** Memory of the process and its descendants in KiB: the sum of PSS (shared pages split between
     *  their users), so PostgreSQL's shared buffers are not counted once per backend; VmRSS if
     *  smaps_rollup is not readable. */
    public static long memoryKb(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants())
                .mapToLong(p -> memoryKb(p.pid()))
                .sum();
    }

    private static long memoryKb(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        long pss = field(proc.resolve("smaps_rollup"), "Pss:");
        return pss >= 0 ? pss : Math.max(0, field(proc.resolve("status"), "VmRSS:"));
    }

    private static long field(Path file, String name) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(name))
                    .map(l -> l.substring(name.length()).trim().split("\\s+")[0])
                    .mapToLong(Long::parseLong)
                    .findFirst().orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** SIGTERM, wait up to {@code grace}, then SIGKILL. Returns true when it ended gracefully. */
    public static boolean terminate(ProcessHandle process, Duration grace) {
        if (!isRunning(process)) {
            return true;
        }
        process.destroy();
        if (awaitExit(process, grace)) {
            return true;
        }
        process.destroyForcibly();
        awaitExit(process, Duration.ofSeconds(10));
        return false;
    }

    /** Polls rather than {@code onExit()}: that never completes for a zombie that is not our child. */
    public static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            if (Thread.currentThread().isInterrupted()) {
                return !isRunning(process);
            }
        }
        return true;
    }

    /** Sends a named signal (e.g. INT) — Java itself can only send TERM and KILL. */
    public static void signal(long pid, String signal) {
        Commands.run(List.of("kill", "-s", signal, Long.toString(pid)), Duration.ofSeconds(10));
    }

    /** The effective uid of this JVM: /proc/self belongs to it. */
    public static int currentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the uid of this process from /proc/self", e);
        }
    }
}
