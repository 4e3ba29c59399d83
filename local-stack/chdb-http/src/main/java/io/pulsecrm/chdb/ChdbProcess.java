package io.pulsecrm.chdb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts {@link ChdbHttpServer} as a child JVM the way it must run: {@code LD_PRELOAD} of the JDK's
 * libjsig, an empty working directory ({@code <dataDir>/chdb-http/cwd}), {@code TZ=UTC}, stderr appended
 * to {@code <dataDir>/chdb-http/server.log}. {@link #start} returns once the server printed its READY line.
 * The child is not tied to this JVM's lifetime: stop it with {@link #stop()} (or let a launcher keep it).
 *
 * <pre>{@code
 * try (ChdbProcess clickhouse = ChdbProcess.start(0, dataDir, libchdb, Path.of(System.getProperty("java.home")))) {
 *     String url = clickhouse.jdbcUrl();   // jdbc:clickhouse:http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class ChdbProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChdbProcess.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path logFile;

    private ChdbProcess(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * @param port the port to listen on (127.0.0.1), or 0 for a free one; see {@link #port()}
     * @param dataDir chDB's data directory, created if missing; data persists across restarts
     * @param libPath libchdb.so
     * @param javaHome the JDK to run the server with (its {@code lib/libjsig.so} is preloaded)
     * @throws IOException if the process cannot start or exits or stays silent before READY
     */
    public static ChdbProcess start(int port, Path dataDir, Path libPath, Path javaHome) throws IOException {
        Path home = dataDir.toAbsolutePath().resolve("chdb-http");
        Path cwd = Files.createDirectories(home.resolve("cwd"));
        Path logFile = home.resolve("server.log");
        // The heap only holds request headers and small buffers (results stay in chDB's native memory,
        // insert data is spooled to disk); serial GC keeps the JVM's own threads off the two shared cores.
        // -Xss: headroom in case chDB parses deep expressions on the calling thread.
        List<String> command = new ArrayList<>(List.of(
                javaHome.resolve("bin").resolve("java").toString(),
                "-XX:+UseSerialGC", "-Xms64m", "-Xmx512m", "-Xss4m",
                "--enable-native-access=ALL-UNNAMED",
                "-cp", classpath(),
                ChdbHttpServer.class.getName(),
                "--port", Integer.toString(port),
                "--path", dataDir.toAbsolutePath().toString(),
                "--lib", libPath.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(cwd.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("LD_PRELOAD", javaHome.resolve("lib").resolve("libjsig.so").toString());
        builder.environment().put("TZ", "UTC");
        Process process = builder.start();
        log.info("Started chDB HTTP server pid {} on data {}, log {}", process.pid(), dataDir, logFile);
        try {
            return new ChdbProcess(process, awaitReady(process, logFile), logFile);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    /** {@code jdbc:clickhouse:http://127.0.0.1:<port>}; append {@code /<database>} or {@code ?...} as needed. */
    public String jdbcUrl() {
        return "jdbc:clickhouse:http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM (the server closes chDB cleanly), waits up to 30 s, then kills it. Idempotent. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("chDB HTTP server pid {} ignored SIGTERM for {}; killing it", process.pid(), STOP_TIMEOUT);
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static int awaitReady(Process process, Path logFile) throws IOException {
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> ready = CompletableFuture.supplyAsync(() -> readPort(stdout));
        try {
            Integer port = ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (port == null) {
                throw new IOException("chDB HTTP server exited with " + process.waitFor() + " before it was ready; see " + logFile);
            }
            drainInBackground(stdout);
            return port;
        } catch (TimeoutException e) {
            throw new IOException("chDB HTTP server not ready after " + READY_TIMEOUT + "; see " + logFile);
        } catch (ExecutionException e) {
            throw new IOException("Reading the chDB HTTP server's output failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the chDB HTTP server", e);
        }
    }

    /** The port from {@code READY port=N}, or null at end of output. */
    private static Integer readPort(BufferedReader stdout) {
        try {
            for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
                if (line.startsWith("READY port=")) {
                    return Integer.parseInt(line.substring("READY port=".length()).strip());
                }
                log.info("chdb-http: {}", line);
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** chDB may print to stdout; the pipe must not fill up. */
    private static void drainInBackground(BufferedReader stdout) {
        Thread drain = new Thread(() -> {
            try {
                for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
                    log.info("chdb-http: {}", line);
                }
            } catch (IOException e) {
                log.debug("chdb-http stdout closed: {}", e.toString());
            }
        }, "chdb-http-stdout");
        drain.setDaemon(true);
        drain.start();
    }

    /** Exactly the server's runtime dependencies, located from the classes themselves. */
    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(ChdbHttpServer.class, com.sun.jna.Native.class, net.jpountz.lz4.LZ4Factory.class,
                org.slf4j.LoggerFactory.class, ch.qos.logback.classic.Logger.class, ch.qos.logback.core.Appender.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("Cannot locate the classpath entry of " + type.getName(), e);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
