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
 */
final class StackCpu {

    /** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
    private static final double TICKS = 100.0;

    /** What the bench's own line is called. */
    static final String BENCH = "bench (load generator)";

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
        for (var e : after.entrySet()) {
            if (e.getKey().equals(BENCH)) {
                continue;
            }
            double used = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
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

    /** {pid, parent pid, utime + stime, cutime + cstime} of every process. */
    private List<long[]> processes() {
        List<long[]> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(proc)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    // the command name may hold spaces and parentheses: fields start after the last ')'
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
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
