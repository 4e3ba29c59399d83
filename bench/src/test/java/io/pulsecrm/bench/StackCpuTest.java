package io.pulsecrm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a made-up {@code /proc}: what a component used is its own, its live children's and its reaped children's. */
class StackCpuTest {

    @TempDir
    Path dir;

    private Path proc;
    private StackCpu cpu;

    private void setUp() throws IOException {
        Path run = Files.createDirectories(dir.resolve("run"));
        proc = Files.createDirectories(dir.resolve("proc"));
        Files.writeString(run.resolve("postgres.pid"), "100\n");
        Files.writeString(run.resolve("kafka.pid"), "200\n");
        cpu = new StackCpu(run, proc, 300);
    }

    /** A /proc/PID/stat line: utime, stime, cutime, cstime in ticks (fields 14–17); the name has a space and a ')'. */
    private void process(long pid, long parent, long utime, long stime, long cutime, long cstime) throws IOException {
        Path d = Files.createDirectories(proc.resolve(Long.toString(pid)));
        Files.writeString(d.resolve("stat"), pid + " (post gres) x) S " + parent + " 1 1 0 -1 4194560 0 0 0 0 "
                + utime + " " + stime + " " + cutime + " " + cstime + " 20 0 1 0 100 1000 10\n");
    }

    private void gone(long pid) throws IOException {
        Path d = proc.resolve(Long.toString(pid));
        Files.delete(d.resolve("stat"));
        Files.delete(d);
    }

    @Test
    void aBackendThatEndsBetweenReadingsStillCountsThroughItsParentsReapedTime() throws IOException {
        setUp();
        process(100, 1, 50, 50, 0, 0);      // postmaster: 1 s
        process(101, 100, 200, 100, 0, 0);  // a backend: 3 s so far
        process(200, 1, 400, 100, 0, 0);    // kafka: 5 s
        process(300, 1, 10, 0, 0, 0);       // the bench itself: 0.1 s
        var before = cpu.read();

        // the backend works 2 s more, closes its connection and is reaped by the postmaster
        gone(101);
        process(100, 1, 50, 50, 300, 200);

        var after = cpu.read();
        assertThat(before).containsEntry("postgres", 4.0).containsEntry("kafka", 5.0).containsEntry(StackCpu.BENCH, 0.1);
        assertThat(after.get("postgres") - before.get("postgres")).isEqualTo(2.0);
        assertThat(after.get("kafka")).isEqualTo(5.0);
    }

    @Test
    void aLiveChildCountsWithWhatItReapedAndAnUnrelatedProcessDoesNot() throws IOException {
        setUp();
        process(100, 1, 100, 0, 0, 0);
        process(101, 100, 100, 0, 700, 0);  // a live child that has reaped children of its own
        process(200, 1, 0, 0, 0, 0);
        process(400, 1, 900, 0, 0, 0);      // not the stack's

        assertThat(cpu.read()).containsEntry("postgres", 9.0).containsEntry("kafka", 0.0).doesNotContainKey("400");
    }

    /** A /proc/PID/task/TID/stat line of a thread called {@code name}: utime and stime in ticks. */
    private void thread(long pid, long tid, String name, long utime, long stime) throws IOException {
        Path d = Files.createDirectories(proc.resolve(Long.toString(pid)).resolve("task").resolve(Long.toString(tid)));
        Files.writeString(d.resolve("stat"), tid + " (" + name + ") S 1 1 1 0 -1 4194560 0 0 0 0 "
                + utime + " " + stime + " 0 0 20 0 1 0 100 1000 10\n");
    }

    @Test
    void streamProcessorsIsSplitByWhatItsThreadsDo() throws IOException {
        setUp();
        Files.writeString(dir.resolve("run/stream-processors.pid"), "500\n");
        process(100, 1, 0, 0, 0, 0);
        process(200, 1, 0, 0, 0, 0);
        process(500, 1, 900, 100, 0, 0);
        thread(500, 501, "pulse-analytics", 400, 100);
        thread(500, 502, "kafka-producer-", 100, 50);
        thread(500, 503, "kafka-producer-", 50, 0);
        thread(500, 504, "VM Thread", 90, 10);
        thread(500, 505, "C2 CompilerThre", 70, 0);
        thread(500, 506, "Thread-7", 30, 0);

        assertThat(cpu.read())
                .containsEntry("stream-processors", 10.0)
                .containsEntry("stream-processors: stream thread", 5.0)
                .containsEntry("stream-processors: producer senders", 2.0)
                .containsEntry("stream-processors: garbage collection", 1.0)
                .containsEntry("stream-processors: JIT compiler", 0.7)
                .containsEntry("stream-processors: other", 0.3)
                .doesNotContainKey("postgres: stream thread");
    }

    @Test
    void noPidFilesMeansNothingToSayNotEvenTheBench() throws IOException {
        setUp();
        Files.delete(dir.resolve("run/postgres.pid"));
        Files.delete(dir.resolve("run/kafka.pid"));
        process(300, 1, 10, 0, 0, 0);

        assertThat(cpu.read()).isEmpty();
    }
}
