package io.pulsecrm.localstack.chdb;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where libchdb.so is: {@code -Dcrm.chdb.lib}, else {@code CRM_CHDB_LIB}, else the cache that {@code ./crm setup} fills. */
public final class ChdbLibrary {

    public static final String PROPERTY = "crm.chdb.lib";
    public static final String ENV = "CRM_CHDB_LIB";
    public static final String VERSION = "26.5.3";

    private ChdbLibrary() {}

    public static Path locate(Path root) {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENV);
        }
        Path lib = configured == null || configured.isBlank()
                ? root.resolve(".crm/cache/chdb-" + VERSION + "/libchdb.so")
                : Path.of(configured);
        if (!Files.isRegularFile(lib)) {
            throw new IllegalStateException("the chDB library (ClickHouse engine) is missing: " + lib
                    + ". Run `./crm setup` once (fetches it with npm), or point -D" + PROPERTY + " / " + ENV + " at a libchdb.so.");
        }
        return lib.toAbsolutePath();
    }
}
