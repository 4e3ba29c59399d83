package io.pulsecrm.localstack.chdb;

import io.pulsecrm.chdb.ChdbProcess;
import io.pulsecrm.localstack.StackEnv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Adapter over chdb-http's {@link ChdbProcess}: starts the ClickHouse HTTP endpoint (chDB in its own
 * JVM) on the current {@code java.home}, links its log to where the stack keeps logs, and creates
 * database {@code crm} as PostgreSQL's bootstrap creates its database.
 */
public final class ClickHouseEndpoint {

    /** {@code dir}: chDB's data folder; {@code log}: becomes a symbolic link to the server's own log file. */
    public record Spec(Path root, Path dir, int port, Path log) {}

    public record Running(ChdbProcess process, int port) {
        public long pid() {
            return process.pid();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ClickHouseEndpoint.class);
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ClickHouseEndpoint() {}

    public static Running start(Spec spec) {
        long started = System.nanoTime();
        Path lib = ChdbLibrary.locate(spec.root());
        ChdbProcess process;
        try {
            process = ChdbProcess.start(spec.port(), spec.dir().toAbsolutePath(), lib, Path.of(System.getProperty("java.home")));
        } catch (IOException e) {
            throw new UncheckedIOException("the ClickHouse endpoint did not start: " + e.getMessage(), e);
        }
        try {
            linkLog(spec.log(), process.logFile());
            execute(process.port(), "CREATE DATABASE IF NOT EXISTS " + StackEnv.CLICKHOUSE_DATABASE);
        } catch (RuntimeException e) {
            process.stop();
            throw e;
        }
        log.info("ClickHouse endpoint (chDB) on 127.0.0.1:{} (pid {}) in {} ms, data {}", process.port(), process.pid(),
                (System.nanoTime() - started) / 1_000_000, spec.dir());
        return new Running(process, process.port());
    }

    /** Runs one statement over the HTTP interface; fails with the server's message. */
    public static void execute(int port, String sql) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(sql)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("ClickHouse endpoint answered " + response.statusCode() + " to `" + sql + "`: " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the ClickHouse endpoint on port " + port, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void linkLog(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, target.toAbsolutePath());
        } catch (IOException e) {
            log.warn("cannot link {} to {}: {}", link, target, e.toString());
        }
    }
}
