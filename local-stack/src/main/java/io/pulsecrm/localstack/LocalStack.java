package io.pulsecrm.localstack;

import io.pulsecrm.localstack.process.PidFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real stack for integration tests: PostgreSQL, a Kafka broker and ClickHouse, one of each per
 * test JVM, each started on first use, with service data and logs under
 * {@code <module>/target/local-stack/}, and stopped when the JVM exits.
 *
 * <pre>{@code
 * Postgres pg = LocalStack.shared().postgres();
 * try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password())) { ... }
 * }</pre>
 *
 * The servers run in one {@link StackMode}: the embedded servers on free loopback ports, or
 * Testcontainers containers on their mapped ports when a Docker engine is there
 * ({@code -Dcrm.localstack.mode=embedded|containers|auto}, default auto). Tests read only the
 * connection settings of {@link Postgres}, {@link Kafka}, {@link ClickHouse} and {@link #env()},
 * so they run unchanged in both.
 *
 * Tests isolate by their own data (fresh ids, own topics), not by restarting servers. Each JVM
 * starts from empty data: leftovers of a crashed earlier run in the same folder are stopped and
 * wiped first ({@code -Dcrm.localstack.keepData=true} keeps the data).
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static LocalStack shared;

    private final Path root;
    private final TestDirs dirs;
    private final StackMode mode;
    private final Servers servers;
    private final Lazy<Postgres> postgres;
    private final Lazy<Kafka> kafka;
    private final Lazy<ClickHouse> clickhouse;
    private final List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger serviceCounter = new AtomicInteger();

    private LocalStack(Path root, TestDirs dirs, StackMode mode) {
        this.root = root;
        this.dirs = dirs;
        this.mode = mode;
        this.servers = mode == StackMode.CONTAINERS ? new ContainerServers(dirs) : new EmbeddedServers(root, dirs);
        this.postgres = new Lazy<>(servers::startPostgres);
        this.kafka = new Lazy<>(servers::startKafka);
        this.clickhouse = new Lazy<>(servers::startClickHouse);
    }

    /** The stack of this JVM; nothing is started until a component is asked for. */
    public static synchronized LocalStack shared() {
        if (shared == null) {
            String requested = System.getProperty(StackMode.PROPERTY);
            long begin = System.nanoTime();
            // A lambda, not a method reference: embedded must not even load the Docker probe.
            StackMode mode = StackMode.select(requested, () -> DockerEngine.found());
            log.info("local stack: {} servers ({}={}, decided in {} ms)", mode.name().toLowerCase(Locale.ROOT),
                    StackMode.PROPERTY, requested == null ? "auto (default)" : requested, (System.nanoTime() - begin) / 1_000_000);
            TestDirs dirs = TestDirs.acquire();
            LocalStack stack = new LocalStack(RepoRoot.find(), dirs, mode);
            new Leftovers(dirs).clean(!Boolean.getBoolean("crm.localstack.keepData"));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "local-stack-stop"));
            shared = stack;
        }
        return shared;
    }

    /** How the servers run in this JVM. */
    public StackMode mode() {
        return mode;
    }

    public Postgres postgres() {
        return postgres.get();
    }

    public Kafka kafka() {
        return kafka.get();
    }

    public ClickHouse clickhouse() {
        return clickhouse.get();
    }

    /** The CRM_* variables of docs/architecture.md for this stack; starts all three servers (in parallel). */
    public Map<String, String> env() {
        startAll();
        return StackEnv.of(postgres(), kafka(), clickhouse());
    }

    /**
     * Starts a service from its packaged jar (module order in the root pom builds it first) on a
     * free port with this stack's env plus {@code extraEnv}; returns when its health endpoint
     * answers. Stopped at JVM exit, or earlier with {@link ServiceProcess#stop()}.
     */
    public ServiceProcess start(Service service, Map<String, String> extraEnv) {
        return start(service, FreePorts.next(), extraEnv);
    }

    /**
     * {@link #start(Service, Map)} on a port chosen beforehand ({@link FreePorts#next()}), for a service another one
     * must know the address of before it starts (oltp-app allows the dashboards' origin).
     */
    public ServiceProcess start(Service service, int port, Map<String, String> extraEnv) {
        ServiceLauncher.requireJar(service, root);
        String name = service.id() + "-" + serviceCounter.incrementAndGet();
        Map<String, String> env = new LinkedHashMap<>(env());
        env.put("CRM_DATA_DIR", dirs.serviceData(name).toString());
        env.putAll(extraEnv);
        ServiceProcess process = ServiceLauncher.launch(new ServiceLauncher.Spec(dirs.dir(), service, root, port, env,
                dirs.log(name), new PidFile(dirs.runDir().resolve(name + ".pid")), false));
        services.add(process);
        return process;
    }

    /** The folder holding this JVM's data and logs. */
    public Path dir() {
        return dirs.dir();
    }

    private void startAll() {
        CompletableFuture<?>[] starts = {
                CompletableFuture.runAsync(this::postgres, r -> Thread.ofPlatform().name("start-postgres").start(r)),
                CompletableFuture.runAsync(this::kafka, r -> Thread.ofPlatform().name("start-kafka").start(r)),
                CompletableFuture.runAsync(this::clickhouse, r -> Thread.ofPlatform().name("start-clickhouse").start(r))};
        try {
            CompletableFuture.allOf(starts).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Services first (they hold connections), then the servers. */
    private void stopAll() {
        List<ServiceProcess> started = new ArrayList<>(services);
        Collections.reverse(started);
        started.forEach(s -> quietly("stop " + s, s::stop));
        servers.stopAll();
        if (!dirs.exclusive()) {
            // A folder of its own (another JVM held the usual one): nobody will reuse it.
            quietly("remove " + dirs.dir(), () -> new Leftovers(dirs).wipe(true));
        }
    }

    static void quietly(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("{} failed: {}", what, e.toString());
        }
    }
}
