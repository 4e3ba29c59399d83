package io.pulsecrm.localstack;

import io.pulsecrm.localstack.postgres.PostgresServer;
import io.pulsecrm.localstack.process.JavaChild;
import io.pulsecrm.localstack.process.PidFile;
import io.pulsecrm.localstack.process.Procs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a crashed earlier test run in the same folder left behind: child JVMs recorded in run/*.pid
 * (killed only if their command line still names this folder), a detached PostgreSQL found through
 * postmaster.pid, and its data.
 */
record Leftovers(TestDirs dirs) {

    private static final Logger log = LoggerFactory.getLogger(Leftovers.class);

    void clean(boolean wipeData) {
        String marker = JavaChild.ownerMarker(dirs.dir());
        for (Path pidFile : pidFiles()) {
            PidFile file = new PidFile(pidFile);
            file.live(marker).ifPresent(p -> {
                log.info("stopping leftover {} (pid {}) of an earlier run", pidFile.getFileName(), p.pid());
                Procs.terminate(p, Duration.ofSeconds(10));
            });
            file.delete();
        }
        PostgresServer.running(dirs.postgresData()).ifPresent(r -> {
            log.info("stopping leftover PostgreSQL (pid {}) of an earlier run", r.pid());
            PostgresServer.stop(dirs.postgresData());
        });
        if (wipeData) {
            wipe(false);
        }
    }

    /** Deletes the data (and with {@code everything} the logs and the folder itself) of a stopped stack. */
    void wipe(boolean everything) {
        PostgresServer.deleteDataDir(dirs.postgresData());
        for (Path dir : List.of(dirs.kafkaDir(), dirs.clickhouseDir(), dirs.dir().resolve("services"))) {
            deleteTree(dir);
        }
        if (everything) {
            deleteTree(dirs.dir());
        }
    }

    private List<Path> pidFiles() {
        if (!Files.isDirectory(dirs.runDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dirs.runDir())) {
            return files.filter(p -> p.toString().endsWith(".pid")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe " + dir, e);
        }
    }
}
