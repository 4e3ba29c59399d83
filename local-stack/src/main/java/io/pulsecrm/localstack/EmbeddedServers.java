package io.pulsecrm.localstack;

import io.pulsecrm.localstack.chdb.ClickHouseEndpoint;
import io.pulsecrm.localstack.kafka.KafkaBroker;
import io.pulsecrm.localstack.postgres.PgBinaries;
import io.pulsecrm.localstack.postgres.PostgresServer;
import io.pulsecrm.localstack.process.PidFile;
import io.pulsecrm.localstack.process.Procs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The embedded servers on free loopback ports: PostgreSQL from the Maven binaries (a detached
 * daemon), Kafka and the chDB endpoint as child JVMs; pid files in the run folder, so a crashed
 * run's servers can be found and stopped ({@link Leftovers}).
 */
final class EmbeddedServers implements Servers {

    private final Path root;
    private final TestDirs dirs;
    private volatile boolean postgresStarted;
    private volatile ProcessHandle kafkaProcess;
    private volatile ClickHouseEndpoint.Running clickhouseProcess;

    EmbeddedServers(Path root, TestDirs dirs) {
        this.root = root;
        this.dirs = dirs;
    }

    @Override
    public Postgres startPostgres() {
        Path home = PgBinaries.ensureExtracted(root.resolve(".crm/cache"));
        PostgresServer server = new PostgresServer(new PostgresServer.Config(home, dirs.postgresData(), dirs.log("postgres"), FreePorts.next()));
        PostgresServer.Running running = server.start();
        postgresStarted = true;
        new PidFile(dirs.runDir().resolve("postgres.pid")).write(running.pid());
        return Endpoints.embeddedPostgres(running.port());
    }

    @Override
    public Kafka startKafka() {
        int port = FreePorts.next();
        ProcessHandle process = KafkaBroker.start(new KafkaBroker.Spec(dirs.dir(), dirs.kafkaDir(), port, FreePorts.next(),
                dirs.log("kafka"), "384m", Optional.of(ProcessHandle.current().pid()), false));
        kafkaProcess = process;
        new PidFile(dirs.runDir().resolve("kafka.pid")).write(process.pid());
        return Endpoints.embeddedKafka(port);
    }

    @Override
    public ClickHouse startClickHouse() {
        ClickHouseEndpoint.Running running = ClickHouseEndpoint.start(new ClickHouseEndpoint.Spec(root, dirs.clickhouseDir(),
                FreePorts.next(), dirs.log("clickhouse")));
        clickhouseProcess = running;
        new PidFile(dirs.runDir().resolve("clickhouse.pid")).write(running.pid());
        return Endpoints.embeddedClickHouse(running.port());
    }

    @Override
    public void stopAll() {
        Optional.ofNullable(clickhouseProcess).ifPresent(c -> LocalStack.quietly("stop ClickHouse", () -> c.process().stop()));
        Optional.ofNullable(kafkaProcess).ifPresent(k -> LocalStack.quietly("stop Kafka", () -> Procs.terminate(k, Duration.ofSeconds(30))));
        if (postgresStarted) {
            LocalStack.quietly("stop PostgreSQL", () -> PostgresServer.stop(dirs.postgresData()));
        }
    }
}
