package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class RestartIT {

    @Test
    void dataSurvivesAStopAndStartOnTheSameDataDirectory() throws Exception {
        // given
        Path dataDir = ChdbTestServers.freshDataDir("restart");
        try (ChdbProcess first = ChdbTestServers.start(dataDir); Connection connection = Jdbc.connect(first)) {
            SchemaAndQueriesIT.execute(connection, "CREATE DATABASE crm");
            SchemaAndQueriesIT.execute(connection, "CREATE TABLE crm.kept (id Int64, s String) ENGINE = ReplacingMergeTree ORDER BY id");
            SchemaAndQueriesIT.execute(connection, "INSERT INTO crm.kept SELECT number, toString(number) FROM numbers(1000)");
        }

        // when
        try (ChdbProcess second = ChdbTestServers.start(dataDir); Connection connection = Jdbc.connect(second)) {
            // then
            assertThat(InsertsIT.count(connection, "SELECT count(), sum(id) FROM crm.kept")).isEqualTo("1000 499500");
        }
    }

    @Test
    void sigtermClosesChdbCleanlyAndLeavesNoSpoolFiles() throws Exception {
        // given
        Path dataDir = ChdbTestServers.freshDataDir("sigterm");
        ChdbProcess server = ChdbTestServers.start(dataDir);
        new Http(server).query("SELECT 1");

        // when
        server.stop();

        // then
        assertThat(server.isAlive()).isFalse();
        assertThat(Files.readString(server.logFile())).contains("Closing the chDB connection").contains("Stopped");
        try (var spool = Files.list(dataDir.resolve("chdb-http").resolve("spool"))) {
            assertThat(spool).isEmpty();
        }
    }
}
