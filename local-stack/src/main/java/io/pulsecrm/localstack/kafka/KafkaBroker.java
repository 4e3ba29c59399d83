package io.pulsecrm.localstack.kafka;

import io.pulsecrm.localstack.process.ChildClasspath;
import io.pulsecrm.localstack.process.JavaChild;
import io.pulsecrm.localstack.process.LogFiles;
import io.pulsecrm.localstack.process.Waits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Starts {@link KafkaMain} as a child JVM and waits for its READY line. */
public final class KafkaBroker {

    /**
     * How to run it. {@code owner}: the stack folder the process belongs to (marks its command line);
     * {@code parentPid}: the broker exits when that process does (tests), empty for a daemon.
     */
    public record Spec(Path owner, Path dir, int port, int controllerPort, Path log, String maxHeap,
                       Optional<Long> parentPid, boolean detached) {}

    public static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private KafkaBroker() {}

    /** Starts the broker and returns its process once it accepts clients; kills it if it never does. */
    public static ProcessHandle start(Spec spec) {
        long started = System.nanoTime();
        long logOffset = LogFiles.size(spec.log());
        List<String> args = new ArrayList<>(List.of("--dir", spec.dir().toAbsolutePath().toString(),
                "--port", Integer.toString(spec.port()), "--controller-port", Integer.toString(spec.controllerPort())));
        spec.parentPid().ifPresent(pid -> args.addAll(List.of("--exit-with-parent", Long.toString(pid))));
        Process process = new JavaChild()
                .owner(spec.owner())
                .jvmArgs("-Xms64m", "-Xmx" + spec.maxHeap(), "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                        "-Dlogback.configurationFile=io/pulsecrm/localstack/kafka/kafka-logback.xml")
                .mainClass(ChildClasspath.forLocalStack(), KafkaMain.class.getName())
                .args(args)
                .log(spec.log())
                .workDir(spec.dir())
                .detached(spec.detached())
                .start();
        Pattern ready = Pattern.compile("^" + Pattern.quote(KafkaMain.READY_PREFIX + spec.port()) + "$", Pattern.MULTILINE);
        try {
            Waits.until("Kafka on port " + spec.port(), process.toHandle(), START_TIMEOUT,
                    () -> LogFiles.find(spec.log(), logOffset, ready),
                    () -> "--- " + spec.log() + " ---\n" + LogFiles.tail(spec.log(), 40));
        } catch (RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        log.info("Kafka on 127.0.0.1:{} (pid {}) in {} ms, data {}", spec.port(), process.pid(),
                (System.nanoTime() - started) / 1_000_000, spec.dir());
        return process.toHandle();
    }
}
