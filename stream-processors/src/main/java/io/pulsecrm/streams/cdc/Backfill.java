package io.pulsecrm.streams.cdc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings the rows a table already holds into Kafka when the table is added to the captured set of a deployment
 * that already streams. Debezium's initial snapshot runs once, on empty offsets; after that a newly captured table
 * would only be seen from its next change on, so 5,000 existing customers would never reach ClickHouse.
 *
 * <p>Before the engine starts, the configured tables are compared with those the offsets already cover, recorded
 * next to the offsets file ({@code offsets.dat.tables}, one {@code schema.table} a line). For the new ones an
 * {@code execute-snapshot} signal of type {@code incremental} goes into {@link CdcConfig#SIGNAL_TABLE}; Debezium
 * reads it from the WAL once it streams, then reads those tables in primary-key chunks while it keeps streaming,
 * so a row that changes meanwhile arrives as its change and is never overtaken by an older read. Its progress
 * lives in the offsets, so a restart resumes it. Fresh offsets need nothing (the initial snapshot reads every
 * configured table); offsets from before this record existed count as covering nothing, so everything configured
 * is read once more (downstream keeps the higher LSN: the same rows again change nothing).
 */
final class Backfill {

    private static final Logger log = LoggerFactory.getLogger(Backfill.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CdcConfig config;
    private final Path record;

    Backfill(CdcConfig config) {
        this.config = config;
        Path offsets = config.offsetsFile();
        this.record = offsets.resolveSibling(offsets.getFileName() + ".tables");
    }

    /** The configured tables whose existing rows the offsets do not cover; empty on a fresh start. */
    List<String> uncoveredTables() throws IOException {
        Path offsets = config.offsetsFile();
        if (!Files.exists(offsets) || Files.size(offsets) == 0) {
            return List.of();
        }
        Set<String> covered = Files.exists(record)
                ? Set.copyOf(Files.readAllLines(record, StandardCharsets.UTF_8)) : Set.of();
        return config.tables().stream().filter(table -> !covered.contains(table)).toList();
    }

    /**
     * Asks for the incremental snapshot of the uncovered tables, if any, then records the configured tables as
     * covered. In this order: a crash in between asks again on the next start (a second read of the same rows),
     * never records a table whose rows nobody asked for.
     */
    void prepare() throws SQLException, IOException {
        List<String> tables = uncoveredTables();
        if (!tables.isEmpty()) {
            PostgresSource pg = config.postgres();
            try (Connection connection = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password())) {
                publishSignalTable(connection);
                requestIncrementalSnapshot(connection, tables);
            }
            log.info("CDC backfill: asked for an incremental snapshot of {}, newly captured", tables);
        }
        Path next = record.resolveSibling(record.getFileName() + ".next");
        Files.write(next, config.tables(), StandardCharsets.UTF_8);
        Files.move(next, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Debezium puts the signal table into the publication only when it starts streaming, after this signal is
     * written; pgoutput sends a row only if its table was in the publication when the row was written. So the
     * signal table joins the publication first (Debezium later sets the whole list, this table included).
     */
    private void publishSignalTable(Connection connection) throws SQLException {
        String publication = config.publicationName();
        Boolean allTables = null;
        boolean listed = false;
        try (PreparedStatement query = connection.prepareStatement("SELECT p.puballtables, EXISTS (SELECT 1 FROM "
                + "pg_publication_tables t WHERE t.pubname = p.pubname AND t.schemaname || '.' || t.tablename = ?) "
                + "FROM pg_publication p WHERE p.pubname = ?")) {
            query.setString(1, CdcConfig.SIGNAL_TABLE);
            query.setString(2, publication);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    allTables = rs.getBoolean(1);
                    listed = rs.getBoolean(2);
                }
            }
        }
        // Identifiers cannot be bound; both are checked names (CdcConfig), not input.
        try (Statement ddl = connection.createStatement()) {
            if (allTables == null) {
                ddl.execute("CREATE PUBLICATION " + publication + " FOR TABLE " + CdcConfig.SIGNAL_TABLE);
            } else if (!allTables && !listed) {
                ddl.execute("ALTER PUBLICATION " + publication + " ADD TABLE " + CdcConfig.SIGNAL_TABLE);
            }
        }
    }

    private static void requestIncrementalSnapshot(Connection connection, List<String> tables) throws SQLException {
        // Debezium reads data-collections as regular expressions over schema.table: the dot is escaped.
        List<String> patterns = tables.stream().map(table -> table.replace(".", "\\.")).toList();
        String data = JSON.writeValueAsString(Map.of("data-collections", patterns, "type", "incremental"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + CdcConfig.SIGNAL_TABLE
                + " (id, type, data) VALUES (?, 'execute-snapshot', ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, data);
            insert.executeUpdate();
        }
    }
}
