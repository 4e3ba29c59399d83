package io.pulsecrm.localstack.postgres;

import io.pulsecrm.localstack.process.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A PostgreSQL data directory: initdb on first use, and local-stack's settings written on every start. */
final class PgDataDir {

    private static final String SETTINGS_FILE = "crm_local.conf";
    private static final Duration INITDB_TIMEOUT = Duration.ofSeconds(90);
    private static final Logger log = LoggerFactory.getLogger(PgDataDir.class);

    private PgDataDir() {}

    static void initialise(PgOsUser os, String initdb, Path data, String superuser, String password) {
        Path pwFile = data.resolveSibling("." + data.getFileName() + ".initpw");
        try {
            PgBinaries.createWorldReadableDirs(data.getParent());
            if (Files.exists(data)) {
                // No PG_VERSION: a previous initdb died half-way; nothing in it is worth keeping.
                PgBinaries.deleteTree(data);
            }
            Files.createDirectory(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            os.own(data);
            Files.writeString(pwFile, password + "\n");
            Files.setPosixFilePermissions(pwFile, PosixFilePermissions.fromString("rw-------"));
            os.own(pwFile);
            Commands.check(os.wrap(List.of(initdb, "-D", data.toString(), "-U", superuser, "--pwfile=" + pwFile,
                    "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-instructions")),
                    Map.of("LC_ALL", "C"), INITDB_TIMEOUT);
            Files.writeString(data.resolve("postgresql.conf"), "\ninclude_if_exists = '" + SETTINGS_FILE + "'\n",
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot initialise " + data, e);
        } finally {
            try {
                Files.deleteIfExists(pwFile);
            } catch (IOException e) {
                log.warn("could not delete {}", pwFile);
            }
        }
    }

    /** Rewritten on every start, so a data directory from an older local-stack gets today's settings. */
    static void writeSettings(PgOsUser os, Path data) {
        String settings = """
                # Written by local-stack on every start; edits are overwritten.
                listen_addresses = '127.0.0.1'
                # TCP only: socket paths under deep checkouts exceed the 107-byte limit.
                unix_socket_directories = ''
                # Debezium reads the WAL through a pgoutput replication slot.
                wal_level = logical
                max_replication_slots = 10
                max_wal_senders = 10
                # Durability as in production, so latency figures and crash tests mean something.
                synchronous_commit = on
                fsync = on
                full_page_writes = on
                max_connections = 200
                # Statement statistics (pg_stat_statements): where the database's time goes, printed by `./crm bench crm`.
                shared_preload_libraries = 'pg_stat_statements'
                pg_stat_statements.track = top
                # planning is counted apart: every statement is planned for its values (oltp-app's force_custom_plan)
                pg_stat_statements.track_planning = on
                # A million customers' hot pages and indexes stay in PostgreSQL's own cache.
                shared_buffers = 256MB
                # Local SSD: a random page read costs about what a sequential one does.
                random_page_cost = 1.1
                """;
        Path file = data.resolve(SETTINGS_FILE);
        try {
            Files.writeString(file, settings);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            os.own(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
