package io.pulsecrm.localstack.postgres;

import io.pulsecrm.localstack.FreePorts;
import io.pulsecrm.localstack.RepoRoot;
import io.pulsecrm.localstack.process.Procs;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PgRelocationIT {

    @Test
    void checkoutInARootOnlyFolderGetsItsDataLinkedToAFolderTheServerUserCanReach() throws Exception {
        assumeTrue(Procs.currentUid() == 0, "only root switches to an unprivileged server user");
        Path locked = Path.of("target/it/root-only").toAbsolutePath();
        Path data = locked.resolve("pg/data");
        PostgresServer.stop(data);
        if (Files.exists(locked)) {
            PostgresServer.deleteDataDir(data);
            PgBinaries.deleteTree(locked);
        }
        Files.createDirectories(locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        PostgresServer server = new PostgresServer(new PostgresServer.Config(
                PgBinaries.ensureExtracted(RepoRoot.find().resolve(".crm/cache")), data, locked.resolve("pg/postgres.log"), FreePorts.next()));

        PostgresServer.Running running = server.start();
        try (Connection c = DriverManager.getConnection(PostgresServer.jdbcUrl(running.port()), "crm", "crm")) {
            assertThat(c.isValid(5)).isTrue();
        } finally {
            server.stop();
        }

        assertThat(data).isSymbolicLink();
        Path real = data.toRealPath();
        assertThat(real).startsWith(PgRelocation.BASE);
        assertThat(real.resolve("PG_VERSION")).exists();
        PostgresServer.deleteDataDir(data);
        assertThat(real).doesNotExist();
    }
}
