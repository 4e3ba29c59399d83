package io.pulsecrm.localstack.postgres;

import io.pulsecrm.localstack.FreePorts;
import io.pulsecrm.localstack.RepoRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerIT {

    private static PostgresServer server;
    private static PostgresServer.Running running;

    @BeforeAll
    static void startFreshServer() throws Exception {
        Path dir = Path.of("target/it/postgres-server").toAbsolutePath();
        PostgresServer.stop(dir.resolve("data"));
        PgBinaries.deleteTree(dir);
        Path home = PgBinaries.ensureExtracted(RepoRoot.find().resolve(".crm/cache"));
        server = new PostgresServer(new PostgresServer.Config(home, dir.resolve("data"), dir.resolve("postgres.log"), FreePorts.next()));
        running = server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void runsWithLogicalWalAndDurableCommits() throws SQLException {
        try (Connection c = connectAsCrm()) {
            assertThat(setting(c, "wal_level")).isEqualTo("logical");
            assertThat(setting(c, "max_replication_slots")).isEqualTo("10");
            assertThat(setting(c, "max_wal_senders")).isEqualTo("10");
            assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(c, "fsync")).isEqualTo("on");
            assertThat(setting(c, "listen_addresses")).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void roleCrmOwnsDatabaseCrmAndCanCreateAPgoutputReplicationSlot() throws SQLException {
        try (Connection c = connectAsCrm(); Statement s = c.createStatement()) {
            assertThat(query(s, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'crm'")).isEqualTo("crm");
            s.execute("CREATE TABLE slot_probe(id bigint PRIMARY KEY)");
            s.execute("CREATE PUBLICATION slot_probe_pub FOR TABLE slot_probe");
            assertThat(query(s, "SELECT slot_name FROM pg_create_logical_replication_slot('slot_probe', 'pgoutput')")).isEqualTo("slot_probe");
            assertThat(query(s, "SELECT plugin FROM pg_replication_slots WHERE slot_name = 'slot_probe'")).isEqualTo("pgoutput");
            s.execute("SELECT pg_drop_replication_slot('slot_probe')");
        }
    }

    @Test
    void startingARunningServerIsANoOp() {
        assertThat(server.start()).isEqualTo(running);
    }

    @Test
    void postmasterIsADaemonNotAChildOfTheStartingJvm() {
        ProcessHandle postmaster = ProcessHandle.of(running.pid()).orElseThrow();
        assertThat(postmaster.parent().map(ProcessHandle::pid)).isNotEqualTo(java.util.Optional.of(ProcessHandle.current().pid()));
        assertThat(ProcessHandle.current().descendants().map(ProcessHandle::pid)).doesNotContain(running.pid());
    }

    @Test
    void restartKeepsCommittedData() throws SQLException {
        try (Connection c = connectAsCrm(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE restart_probe(note text)");
            s.execute("INSERT INTO restart_probe VALUES ('survives')");
        }

        server.stop();
        assertThat(server.running()).isEmpty();
        running = server.start();

        try (Connection c = connectAsCrm(); Statement s = c.createStatement()) {
            assertThat(query(s, "SELECT note FROM restart_probe")).isEqualTo("survives");
        }
    }

    private static Connection connectAsCrm() throws SQLException {
        return DriverManager.getConnection(PostgresServer.jdbcUrl(running.port()), "crm", "crm");
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            return query(s, "SHOW " + name);
        }
    }

    private static String query(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
