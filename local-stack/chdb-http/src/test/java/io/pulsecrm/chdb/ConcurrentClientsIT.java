package io.pulsecrm.chdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedChdbServer.class)
class ConcurrentClientsIT {

    private static final int CLIENTS = 6;
    private static final int ROUNDS = 15;

    @Test
    void clientsOnDifferentDatabasesWithDifferentSettingsSeeOnlyTheirOwnData(ChdbProcess server) throws Exception {
        // given: every client has its own database holding a table of the same unqualified name
        List<Callable<String>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int id = client;
            clients.add(() -> runClient(server, id));
        }

        // when: all run at once, interleaving USE, SET and inserts on the one chDB session
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            for (Future<String> outcome : pool.invokeAll(clients)) {
                outcomes.add(outcome.get());
            }
        }

        // then
        for (int client = 0; client < CLIENTS; client++) {
            assertThat(outcomes.get(client)).isEqualTo("client " + client + " ok");
        }
    }

    private static String runClient(ChdbProcess server, int client) throws Exception {
        // odd clients ask for compression, even ones do not; odd ones also carry a per-request setting
        try (Connection connection = Jdbc.connect(server, client % 2 == 0 ? "?compress=false" : "?clickhouse_setting_max_threads=1")) {
            Jdbc.useFreshDatabase(connection);
            SchemaAndQueriesIT.execute(connection, "CREATE TABLE mine (client Int32, n Int32) ENGINE = MergeTree ORDER BY n");
            for (int round = 1; round <= ROUNDS; round++) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mine VALUES (?, ?)")) {
                    for (int n = 0; n < 20; n++) {
                        insert.setInt(1, client);
                        insert.setInt(2, round * 100 + n);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("SELECT count(), min(client), max(client) FROM mine")) {
                    rs.next();
                    if (rs.getInt(1) != round * 20 || rs.getInt(2) != client || rs.getInt(3) != client) {
                        return "client " + client + " saw " + rs.getInt(1) + " rows of clients " + rs.getInt(2) + ".." + rs.getInt(3)
                                + " in round " + round;
                    }
                }
            }
        }
        return "client " + client + " ok";
    }
}
