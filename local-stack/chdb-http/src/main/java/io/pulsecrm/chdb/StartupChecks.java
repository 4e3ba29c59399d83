package io.pulsecrm.chdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Conditions under which chDB inside this JVM would misbehave; checked before the library is loaded. */
final class StartupChecks {

    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private StartupChecks() {}

    static void verify(ServerConfig config) throws Refused, IOException {
        if (!Files.isRegularFile(config.library())) {
            throw new Refused("no chDB library at " + config.library());
        }
        // chDB installs native signal handlers that the JVM's own (SIGSEGV for implicit null checks) must
        // chain with; without libjsig the JVM hangs at its first NullPointerException.
        String preload = System.getenv("LD_PRELOAD");
        if (preload == null || !preload.contains("libjsig")) {
            throw new Refused("LD_PRELOAD must contain $JAVA_HOME/lib/libjsig.so (use ChdbProcess to start this server)");
        }
        // A bare table name that matches a file in the working directory reads that file instead.
        Path cwd = Path.of("").toAbsolutePath();
        if (!config.allowNonEmptyCwd() && !isEmpty(cwd)) {
            throw new Refused("the working directory " + cwd + " is not empty: chDB would resolve bare table names"
                    + " to files in it. Start from an empty directory (ChdbProcess does), or pass --allow-nonempty-cwd");
        }
        Files.createDirectories(config.dataPath());
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
