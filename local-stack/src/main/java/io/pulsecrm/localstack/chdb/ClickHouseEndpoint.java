package io.pulsecrm.localstack.chdb;

import java.nio.file.Path;
import java.util.Optional;

/** Adapter over chdb-http's launcher: starts the ClickHouse HTTP endpoint (chDB) as a child process. */
public final class ClickHouseEndpoint {

    public record Spec(Path owner, Path root, Path dir, int port, Path log, Optional<Long> parentPid, boolean detached) {}

    public record Running(ProcessHandle process, int port) {
        public long pid() {
            return process.pid();
        }
    }

    private ClickHouseEndpoint() {}

    public static Running start(Spec spec) {
        throw new UnsupportedOperationException("io.pulsecrm.chdb.ChdbProcess is not available yet");
    }
}
