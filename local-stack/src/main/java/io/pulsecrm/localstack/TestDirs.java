package io.pulsecrm.localstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The fixture's folder, {@code <module>/target/local-stack} (or {@code -Dcrm.localstack.dir}),
 * held with a file lock for the life of the test JVM. A second JVM running the same module's tests
 * at the same time (two engineers, one checkout) gets {@code local-stack-<pid>} instead of killing
 * the first one's servers.
 */
record TestDirs(Path dir, boolean exclusive) {

    static final String DIR_PROPERTY = "crm.localstack.dir";
    private static final Logger log = LoggerFactory.getLogger(TestDirs.class);
    /** Strong references: a collected channel would close and release its lock. */
    private static final java.util.List<FileChannel> held = new java.util.concurrent.CopyOnWriteArrayList<>();

    static TestDirs acquire() {
        Path preferred = Path.of(System.getProperty(DIR_PROPERTY, "target/local-stack")).toAbsolutePath().normalize();
        if (tryLock(preferred)) {
            return new TestDirs(preferred, true);
        }
        Path own = preferred.resolveSibling(preferred.getFileName() + "-" + ProcessHandle.current().pid());
        log.info("{} is in use by another test JVM; this one uses {}", preferred, own);
        if (!tryLock(own)) {
            throw new IllegalStateException("cannot lock " + own);
        }
        return new TestDirs(own, false);
    }

    private static boolean tryLock(Path dir) {
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return false;
            }
            // Held until this JVM exits; the OS drops it even after a kill -9.
            held.add(channel);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + dir, e);
        }
    }

    Path postgresData() {
        return dir.resolve("postgres");
    }

    Path kafkaDir() {
        return dir.resolve("kafka");
    }

    Path clickhouseDir() {
        return dir.resolve("clickhouse");
    }

    Path serviceData(String name) {
        return dir.resolve("services").resolve(name);
    }

    Path log(String name) {
        return dir.resolve("logs").resolve(name + ".log");
    }

    Path runDir() {
        return dir.resolve("run");
    }
}
