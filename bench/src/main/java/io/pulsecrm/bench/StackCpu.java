package io.pulsecrm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time each process of the running stack used (from {@code .crm/run/<component>.pid} and
 * {@code /proc}), and the bench's own (the load generator shares the cores it measures). Two readings apart
 * say where the machine's cores went during a benchmark. Empty where there is no {@code /proc} or no pid files.
 *
 * <p>A component's time is its own, its live children's (PostgreSQL's backends and walsender), and that of the
 * children it has already reaped ({@code cutime + cstime}): a backend whose connection closed between the two
 * readings, as the bench's writers' do at the end of a phase, still counts.
 *
 * <p>stream-processors is also split by thread ({@code /proc/PID/task}), grouped by what the thread does: its share of
 * the machine moves with whatever else runs in a window (Kafka's log cleaner, a GC), while the time of its stream
 * thread, producer senders and Debezium threads for the same work is what a change to one of them moves.
 */
final class StackCpu {

    /** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    /** What the bench's own line is called. */
    static final String BENCH = "bench (load generator)";

    /** The component whose threads are shown, and what joins its name to a group's in the keys of {@link #read}. */
    static final String BY_THREAD = "stream-processors";
    static final String THREAD_GROUP = ": ";

    /** Thread name prefixes (as /proc shows them, cut to 15 characters) and what those threads do, first match wins. */
    private static final List<Map.Entry<String, String>> GROUPS = List.of(
            Map.entry("pulse-analytics", "stream thread"),
            Map.entry("kafka-producer-", "producer senders"),
            Map.entry("debezium-", "Debezium capture"),
            Map.entry("pool-", "Debezium conversion"),
            Map.entry("VM Thread", "garbage collection"),
            Map.entry("GC ", "garbage collection"),
            Map.entry("C1 Compiler", "JIT compiler"),
            Map.entry("C2 Compiler", "JIT compiler"),
            Map.entry("rocksdb:", "RocksDB background"));

    private final Path runDir;
    private final Path proc;
    private final long self;

    StackCpu(Path runDir) {
        this(runDir, Path.of("/proc"), ProcessHandle.current().pid());
    }

    StackCpu(Path runDir, Path proc, long self) {
        this.runDir = runDir;
        this.proc = proc;
        this.self = self;
    }

    /** Seconds of CPU so far per component. */
    Map<String, Double> read() {
        Map<String, Double> seconds = new TreeMap<>();
        if (!Files.isDirectory(runDir) || !Files.isDirectory(proc)) {
            return seconds;
        }
        List<long[]> all = processes();
        try (Stream<Path> pids = Files.list(runDir)) {
            for (Path file : pids.filter(p -> p.getFileName().toString().endsWith(".pid")).toList()) {
                String component = file.getFileName().toString().replace(".pid", "");
                long pid = Long.parseLong(Files.readString(file).strip());
                seconds.put(component, ticksOf(all, pid) / TICKS);
                if (component.equals(BY_THREAD)) {
                    threadsOf(pid).forEach((group, ticks) -> seconds.put(component + THREAD_GROUP + group, ticks / TICKS));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Map.of();
        }
        if (!seconds.isEmpty()) {
            seconds.put(BENCH, ticksOf(all, self) / TICKS);
        }
        return seconds;
    }

    /** A process's ticks and its live children's, each with the children it has reaped. */
    private static long ticksOf(List<long[]> all, long pid) {
        long ticks = 0;
        for (long[] p : all) {
            if (p[0] == pid || p[1] == pid) {
                ticks += p[2] + p[3];
            }
        }
        return ticks;
    }

    /** Prints each component's share of the cores between two readings {@code seconds} apart. */
    static void print(Map<String, Double> before, Map<String, Double> after, double seconds, int cores) {
        if (after.isEmpty()) {
            return;
        }
        System.out.printf("%nCPU over the measured %.0f s (%d cores = %.0f core-seconds):%n", seconds, cores, seconds * cores);
        double total = 0;
        double parent = 0;
        for (var e : after.entrySet()) {
            if (e.getKey().equals(BENCH)) {
                continue;
            }
            double used = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
            int group = e.getKey().indexOf(THREAD_GROUP);
            if (group >= 0) {
                // sorted after their component: "stream-processors" < "stream-processors: …"
                // live threads only: one that ended in the window (a connection pool's) would read as negative
                double live = Math.max(0, used);
                System.out.printf("    %-20s %7.1f s  %5.1f%% of the process%n",
                        e.getKey().substring(group + THREAD_GROUP.length()), live, parent > 0 ? 100 * live / parent : 0);
                continue;
            }
            parent = used;
            total += used;
            System.out.printf("  %-22s %7.1f s  %5.1f%% of the machine%n", e.getKey(), used, 100 * used / (seconds * cores));
        }
        System.out.printf("  %-22s %7.1f s  %5.1f%%%n", "stack total", total, 100 * total / (seconds * cores));
        Double bench = after.get(BENCH);
        if (bench != null) {
            double used = bench - before.getOrDefault(BENCH, 0.0);
            System.out.printf("  %-22s %7.1f s  %5.1f%% of the machine%n", BENCH, used, 100 * used / (seconds * cores));
        }
    }

    /** Ticks of a process's live threads by group (a thread that ended meanwhile is missing from both readings). */
    private Map<String, Long> threadsOf(long pid) {
        Map<String, Long> ticks = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(proc.resolve(Long.toString(pid)).resolve("task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = fieldsAfterName(stat);
                    ticks.merge(groupOf(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))),
                            Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    static String groupOf(String threadName) {
        return GROUPS.stream().filter(g -> threadName.startsWith(g.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse("other");
    }

    /**
     * The fields of a {@code /proc/…/stat} line after the name, from the state (field 3) on: the name may hold spaces
     * and parentheses, so they start after the last ')'. utime and stime are [11] and [12], cutime and cstime [13] and
     * [14].
     */
    private static String[] fieldsAfterName(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /** {pid, parent pid, utime + stime, cutime + cstime} of every process. */
    private List<long[]> processes() {
        List<long[]> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(proc)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String[] f = fieldsAfterName(Files.readString(dir.resolve("stat")));
                    out.add(new long[] {Long.parseLong(dir.getFileName().toString()), Long.parseLong(f[1]),
                            Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[13]) + Long.parseLong(f[14])});
                } catch (IOException | RuntimeException gone) {
                    // the process ended while being read
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }
}
