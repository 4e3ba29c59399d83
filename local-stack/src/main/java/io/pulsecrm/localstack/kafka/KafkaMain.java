package io.pulsecrm.localstack.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A Kafka broker and KRaft controller in one JVM (combined mode), meant to run as a child process:
 *
 * <pre>KafkaMain --dir DIR --port N --controller-port M [--exit-with-parent PID] [--config key=value]...</pre>
 *
 * Formats the storage only when it has no meta.properties (re-formatting would throw away the
 * cluster), runs the server, prints {@code READY port=N} once an AdminClient's describeCluster
 * succeeds, and shuts down cleanly on SIGTERM (controlled shutdown, logs flushed).
 */
public final class KafkaMain {

    public static final String READY_PREFIX = "READY port=";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Logger log = LoggerFactory.getLogger(KafkaMain.class);

    private KafkaMain() {}

    public static void main(String[] argv) throws Exception {
        KafkaArgs args = KafkaArgs.parse(argv);
        Path dataDir = args.dir().resolve("data");
        Files.createDirectories(dataDir);
        Properties props = BrokerSettings.of(dataDir, args.port(), args.controllerPort(), args.overrides());
        Path propsFile = args.dir().resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "written by io.pulsecrm.localstack.kafka.KafkaMain on every start");
        }
        formatIfNeeded(dataDir, propsFile);

        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("shutting down the broker");
            server.shutdown();
            server.awaitShutdown();
        }, "kafka-shutdown"));
        args.parentPid().ifPresent(KafkaMain::exitWithParent);
        try {
            server.startup();
        } catch (Throwable t) {
            log.error("broker failed to start", t);
            System.exit(1);
        }
        awaitAcceptingConnections(args.port());
        System.out.println(READY_PREFIX + args.port());
        System.out.flush();
        server.awaitShutdown();
    }

    private static void formatIfNeeded(Path dataDir, Path propsFile) throws IOException {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            log.info("storage {} already formatted", dataDir);
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        int exit = StorageTool.execute(new String[]{"format", "-t", clusterId, "-c", propsFile.toString()}, System.out);
        if (exit != 0) {
            throw new IllegalStateException("formatting " + dataDir + " failed with exit code " + exit);
        }
    }

    /** Ready means a client can use it: the broker answers describeCluster with itself in it. */
    private static void awaitAcceptingConnections(int port) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000)).nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("broker on port " + port + " not reachable after " + READY_TIMEOUT, e);
                    }
                }
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }
    }

    /** Test runs pass their own pid: a killed test JVM must not leave a broker behind. */
    private static void exitWithParent(long parentPid) {
        ProcessHandle.of(parentPid).ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> {
                    log.info("parent {} exited, stopping", parentPid);
                    System.exit(0);
                }),
                () -> System.exit(0));
    }
}
