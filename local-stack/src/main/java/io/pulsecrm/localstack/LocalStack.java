package io.pulsecrm.localstack;

import io.pulsecrm.localstack.chdb.ClickHouseEndpoint;
import io.pulsecrm.localstack.kafka.KafkaBroker;
import io.pulsecrm.localstack.postgres.PgBinaries;
import io.pulsecrm.localstack.postgres.PostgresServer;
import io.pulsecrm.localstack.process.PidFile;
import io.pulsecrm.localstack.process.Procs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real stack for integration tests: PostgreSQL, a Kafka broker and the ClickHouse endpoint,
 * one of each per test JVM, each started on first use on free ports, with data under
 * {@code <module>/target/local-stack/}, and stopped when the JVM exits.
 *
 * <pre>{@code
 * Postgres pg = LocalStack.shared().postgres();
 * try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password())) { ... }
 * }</pre>
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
    private final Lazy<Postgres> postgres = new Lazy<>(this::startPostgres);
    private final Lazy<Kafka> kafka = new Lazy<>(this::startKafka);
    private final Lazy<ClickHouse> clickhouse = new Lazy<>(this::startClickHouse);
    private final List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger serviceCounter = new AtomicInteger();
    private volatile ProcessHandle kafkaProcess;
    private volatile ClickHouseEndpoint.Running clickhouseProcess;

    private LocalStack(Path root, TestDirs dirs) {
        this.root = root;
        this.dirs = dirs;
    }

    /** The stack of this JVM; nothing is started until a component is asked for. */
    public static synchronized LocalStack shared() {
        if (shared == null) {
            TestDirs dirs = TestDirs.acquire();
            LocalStack stack = new LocalStack(RepoRoot.find(), dirs);
            new Leftovers(dirs).clean(!Boolean.getBoolean("crm.localstack.keepData"));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stopAll, "local-stack-stop"));
            shared = stack;
        }
        return shared;
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
        return StackEnv.of(postgres().port(), kafka().bootstrapServers(), clickhouse().port());
    }

    /**
     * Starts a service from its packaged jar (module order in the root pom builds it first) on a
     * free port with this stack's env plus {@code extraEnv}; returns when its health endpoint
     * answers. Stopped at JVM exit, or earlier with {@link ServiceProcess#stop()}.
     */
    public ServiceProcess start(Service service, Map<String, String> extraEnv) {
        ServiceLauncher.requireJar(service, root);
        String name = service.id() + "-" + serviceCounter.incrementAndGet();
        Map<String, String> env = new LinkedHashMap<>(env());
        env.put("CRM_DATA_DIR", dirs.serviceData(name).toString());
        env.putAll(extraEnv);
        ServiceProcess process = ServiceLauncher.launch(new ServiceLauncher.Spec(dirs.dir(), service, root, FreePorts.next(), env,
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

    private Postgres startPostgres() {
        Path home = PgBinaries.ensureExtracted(root.resolve(".crm/cache"));
        PostgresServer server = new PostgresServer(new PostgresServer.Config(home, dirs.postgresData(), dirs.log("postgres"), FreePorts.next()));
        PostgresServer.Running running = server.start();
        new PidFile(dirs.runDir().resolve("postgres.pid")).write(running.pid());
        return new PostgresInfo(running.port());
    }

    private Kafka startKafka() {
        int port = FreePorts.next();
        ProcessHandle process = KafkaBroker.start(new KafkaBroker.Spec(dirs.dir(), dirs.kafkaDir(), port, FreePorts.next(),
                dirs.log("kafka"), "384m", Optional.of(ProcessHandle.current().pid()), false));
        kafkaProcess = process;
        new PidFile(dirs.runDir().resolve("kafka.pid")).write(process.pid());
        String bootstrap = "127.0.0.1:" + port;
        return () -> bootstrap;
    }

    private ClickHouse startClickHouse() {
        ClickHouseEndpoint.Running running = ClickHouseEndpoint.start(new ClickHouseEndpoint.Spec(root, dirs.clickhouseDir(),
                FreePorts.next(), dirs.log("clickhouse")));
        clickhouseProcess = running;
        new PidFile(dirs.runDir().resolve("clickhouse.pid")).write(running.pid());
        return new ClickHouseInfo(running.port());
    }

    /** Services first (they hold connections), then the servers. */
    private void stopAll() {
        List<ServiceProcess> started = new ArrayList<>(services);
        Collections.reverse(started);
        started.forEach(s -> quietly("stop " + s, s::stop));
        Optional.ofNullable(clickhouseProcess).ifPresent(c -> quietly("stop ClickHouse", () -> c.process().stop()));
        Optional.ofNullable(kafkaProcess).ifPresent(k -> quietly("stop Kafka", () -> Procs.terminate(k, Duration.ofSeconds(30))));
        if (postgres.ifStarted().isPresent()) {
            quietly("stop PostgreSQL", () -> PostgresServer.stop(dirs.postgresData()));
        }
        if (!dirs.exclusive()) {
            // A folder of its own (another JVM held the usual one): nobody will reuse it.
            quietly("remove " + dirs.dir(), () -> new Leftovers(dirs).wipe(true));
        }
    }

    private static void quietly(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("{} failed: {}", what, e.toString());
        }
    }

    private record PostgresInfo(int port) implements Postgres {
        @Override
        public String jdbcUrl() {
            return PostgresServer.jdbcUrl(port);
        }

        @Override
        public String user() {
            return PostgresServer.USER;
        }

        @Override
        public String password() {
            return PostgresServer.PASSWORD;
        }
    }

    private record ClickHouseInfo(int port) implements ClickHouse {
        @Override
        public String jdbcUrl() {
            return StackEnv.clickhouseJdbcUrl(port);
        }

        @Override
        public String httpUrl() {
            return "http://127.0.0.1:" + port;
        }
    }
}
