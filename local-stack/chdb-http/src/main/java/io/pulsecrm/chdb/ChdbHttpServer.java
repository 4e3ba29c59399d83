package io.pulsecrm.chdb;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for a ClickHouse server on one machine: serves ClickHouse's HTTP interface over chDB, the
 * ClickHouse engine as a library. Dev/test infrastructure only (see the module README).
 *
 * <p>Run it in its own JVM with {@code LD_PRELOAD=$JAVA_HOME/lib/libjsig.so}, from an empty working
 * directory; {@link ChdbProcess} does both. Prints {@code READY port=<port>} on stdout once it accepts
 * connections; logs go to stderr.
 */
public final class ChdbHttpServer {

    static {
        // The module's jar is also on other applications' classpaths (for ChdbProcess), so it must not
        // ship a plain logback.xml; this JVM picks its own config before the first logger exists.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "chdb-http-logback.xml");
        }
        // The JDK server writes headers and body separately; with Nagle's algorithm a small body can wait
        // for the client's delayed ACK (tens of ms), which shows in every point query's latency.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final Logger log = LoggerFactory.getLogger(ChdbHttpServer.class);

    private ChdbHttpServer() {}

    public static void main(String[] args) {
        ServerConfig config;
        try {
            config = ServerConfig.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ServerConfig.USAGE);
            System.exit(2);
            return;
        }
        try {
            StartupChecks.verify(config);
            start(config);
            // Workers are daemon threads; main stays until the shutdown hook ends the JVM.
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (StartupChecks.Refused e) {
            log.error("Refusing to start: {}", e.getMessage());
            System.exit(2);
        } catch (Exception | LinkageError e) {
            // LinkageError: the library could not be loaded or lacks a symbol this server binds.
            log.error("Startup failed", e);
            System.exit(1);
        }
    }

    private static void start(ServerConfig config) throws IOException, ClickHouseException {
        Path spoolDir = spoolDir(config.dataPath());
        long started = System.nanoTime();
        ChdbEngine engine = ChdbEngine.open(config.library(), config.dataPath());
        ServerInfo info = new ServerInfo(engine.queryText("SELECT version()"), engine.queryText("SELECT timezone()"), "chdb-http");
        log.info("chDB {} (timezone {}) opened {} in {} ms", info.version(), info.timezone(), config.dataPath(),
                (System.nanoTime() - started) / 1_000_000);

        ExecutorService workers = Executors.newFixedThreadPool(config.threads(), workerThreads());
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 128);
        } catch (IOException e) {
            engine.close();
            throw e;
        }
        server.createContext("/", new QueryHandler(engine, spoolDir, info));
        server.setExecutor(workers);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(server, workers, engine), "chdb-http-shutdown"));

        int port = server.getAddress().getPort();
        log.info("Listening on http://{}:{}", config.host(), port);
        System.out.println("READY port=" + port);
        System.out.flush();
    }

    /** On SIGTERM: stop accepting, let running requests finish briefly, then close chDB cleanly. */
    private static void shutdown(HttpServer server, ExecutorService workers, ChdbEngine engine) {
        log.info("Shutting down");
        server.stop(1);
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        engine.close();
        log.info("Stopped");
    }

    /** Insert data is spooled under the data path; leftovers from a killed run are removed. */
    private static Path spoolDir(Path dataPath) throws IOException {
        Path dir = Files.createDirectories(dataPath.resolve("chdb-http").resolve("spool"));
        try (Stream<Path> leftovers = Files.list(dir)) {
            for (Path file : (Iterable<Path>) leftovers::iterator) {
                Files.deleteIfExists(file);
            }
        }
        return dir;
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "chdb-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
