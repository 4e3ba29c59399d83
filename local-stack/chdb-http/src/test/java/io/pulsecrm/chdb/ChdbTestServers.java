package io.pulsecrm.chdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Starts servers for the ITs the way the local stack does: {@link ChdbProcess}, data under target/. */
final class ChdbTestServers {

    private ChdbTestServers() {}

    static ChdbProcess start(Path dataDir) throws IOException {
        return ChdbProcess.start(0, dataDir, library(), Path.of(System.getProperty("java.home")));
    }

    /** A data directory no other test uses. */
    static Path freshDataDir(String name) throws IOException {
        return Files.createDirectories(moduleDir().resolve("target").resolve("chdb-it").resolve(name + "-" + UUID.randomUUID()));
    }

    /** {@code -Dcrm.chdb.lib}, else {@code CRM_CHDB_LIB}, else the cache {@code ./crm setup} fills. */
    static Path library() {
        String configured = System.getProperty("crm.chdb.lib");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("CRM_CHDB_LIB");
        }
        Path lib = configured == null || configured.isBlank()
                ? repoRoot().resolve(".crm/cache/chdb-26.5.3/libchdb.so")
                : Path.of(configured);
        if (!Files.isRegularFile(lib)) {
            throw new IllegalStateException("libchdb.so not found at " + lib + ": set -Dcrm.chdb.lib or CRM_CHDB_LIB");
        }
        return lib;
    }

    /** {@code -Dcrm.root} (failsafe sets it), else the nearest directory above the cwd holding local-stack/. */
    static Path repoRoot() {
        String root = System.getProperty("crm.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("local-stack"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
    }

    private static Path moduleDir() {
        Path cwd = Path.of("").toAbsolutePath();
        return Files.isDirectory(cwd.resolve("src").resolve("test")) ? cwd : repoRoot().resolve("local-stack").resolve("chdb-http");
    }
}
