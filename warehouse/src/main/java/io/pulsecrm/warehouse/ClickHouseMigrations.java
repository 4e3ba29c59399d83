package io.pulsecrm.warehouse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.sql.DataSource;

import com.clickhouse.jdbc.StatementImpl;

/**
 * Brings the warehouse schema up to date: creates the database if missing and applies the
 * numbered {@code clickhouse/migrations/NNNN_<what>.sql} files of the classpath in order, each
 * once, recording them in {@code schema_migrations}.
 *
 * <p>An applied migration is never edited: if its checksum differs from the recorded one this
 * fails instead of guessing. ClickHouse has no transactional DDL, so every statement of a
 * migration must be idempotent ({@code IF NOT EXISTS}); a migration interrupted halfway is
 * simply run again. Two processes migrating at once both run the idempotent DDL and record the
 * migration under the same {@code insert_deduplication_token}, so it is recorded once.
 */
public final class ClickHouseMigrations {

    public static final String LOCATION = "clickhouse/migrations";

    private static final Logger log = LoggerFactory.getLogger(ClickHouseMigrations.class);

    private static final String CREATE_HISTORY = """
            CREATE TABLE IF NOT EXISTS schema_migrations
            (
                version    UInt32,
                name       String,
                checksum   String,
                applied_at DateTime64(3, 'UTC') DEFAULT now64(3)
            )
            ENGINE = MergeTree
            ORDER BY version
            SETTINGS non_replicated_deduplication_window = 1000
            """;

    private static final String SELECT_HISTORY = """
            SELECT version, any(name) AS name, any(checksum) AS checksum
            FROM schema_migrations
            GROUP BY version
            ORDER BY version
            """;

    private static final String INSERT_HISTORY = """
            INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)
            """;

    /** What {@link #apply} did: the migrations it ran now and the schema version afterwards. */
    public record Result(List<String> applied, int schemaVersion) {
    }

    private ClickHouseMigrations() {
    }

    /** Migrates the database of {@code config} (created if missing). */
    public static Result apply(ClickHouseConfig config) {
        return apply(ClickHouseDataSources.server(config), config.database());
    }

    /** Migrates database {@code crm} behind {@code jdbcUrl} as user {@code default}. */
    public static Result apply(String jdbcUrl) {
        return apply(ClickHouseConfig.of(jdbcUrl));
    }

    /**
     * Migrates {@code database} (created if missing) through connections of {@code dataSource};
     * the connections may point at any database, they are switched to this one.
     */
    public static Result apply(DataSource dataSource, String database) {
        return apply(dataSource, database, loadFromClasspath(ClickHouseMigrations.class.getClassLoader()));
    }

    static Result apply(DataSource dataSource, String database, List<Migration> migrations) {
        ClickHouseConfig.requireIdentifier(database); // used as an identifier below, never as a value
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE IF NOT EXISTS " + database);
            }
            connection.setSchema(database);
            try (Statement statement = connection.createStatement()) {
                statement.execute(CREATE_HISTORY);
            }
            Map<Integer, Migration> applied = history(connection);
            List<String> appliedNow = new ArrayList<>();
            for (Migration migration : migrations) {
                Migration recorded = applied.get(migration.version());
                if (recorded == null) {
                    run(connection, migration);
                    appliedNow.add(migration.fileName());
                } else if (!recorded.checksum().equals(migration.checksum())) {
                    throw new MigrationException("migration " + migration.fileName()
                            + " was edited after it was applied to " + database + " (checksum "
                            + recorded.checksum() + " recorded, " + migration.checksum()
                            + " on the classpath); add a new migration instead");
                }
            }
            TreeSet<Integer> known = new TreeSet<>();
            migrations.forEach(m -> known.add(m.version()));
            applied.keySet().stream().filter(v -> !known.contains(v)).forEach(v -> log.warn(
                    "Database {} has migration {} that this build does not know; a newer build applied it", database, v));
            int schemaVersion = Math.max(
                    applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0),
                    migrations.stream().mapToInt(Migration::version).max().orElse(0));
            log.info("ClickHouse database {} at schema version {} (applied now: {})", database, schemaVersion, appliedNow);
            return new Result(List.copyOf(appliedNow), schemaVersion);
        } catch (SQLException e) {
            throw new MigrationException("cannot migrate ClickHouse database " + database + ": " + e.getMessage(), e);
        }
    }

    private static Map<Integer, Migration> history(Connection connection) throws SQLException {
        Map<Integer, Migration> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(SELECT_HISTORY)) {
            while (rs.next()) {
                int version = rs.getInt("version");
                applied.put(version, new Migration(version, rs.getString("name"), "", rs.getString("checksum")));
            }
        }
        return applied;
    }

    private static void run(Connection connection, Migration migration) throws SQLException {
        log.info("Applying ClickHouse migration {}", migration.fileName());
        for (String sql : migration.statements()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new SQLException("migration " + migration.fileName() + " failed: " + e.getMessage(), e);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_HISTORY)) {
            insert.unwrap(StatementImpl.class).getLocalSettings()
                    .serverSetting("insert_deduplication_token", "schema_migrations:" + migration.version() + ":" + migration.checksum());
            insert.setInt(1, migration.version());
            insert.setString(2, migration.name());
            insert.setString(3, migration.checksum());
            insert.executeUpdate();
        }
    }

    /** The migration files under {@link #LOCATION} on the class path, in version order. */
    static List<Migration> loadFromClasspath(ClassLoader classLoader) {
        try {
            TreeSet<String> fileNames = new TreeSet<>();
            Enumeration<URL> folders = classLoader.getResources(LOCATION);
            while (folders.hasMoreElements()) {
                fileNames.addAll(list(folders.nextElement()));
            }
            TreeMap<Integer, Migration> byVersion = new TreeMap<>();
            for (String fileName : fileNames) {
                Migration migration = Migration.of(fileName, read(classLoader, LOCATION + "/" + fileName));
                Migration clash = byVersion.put(migration.version(), migration);
                if (clash != null) {
                    throw new MigrationException("two migrations with version " + migration.version()
                            + ": " + clash.fileName() + " and " + fileName);
                }
            }
            if (byVersion.isEmpty()) {
                throw new MigrationException("no migrations found under " + LOCATION + " on the class path");
            }
            return List.copyOf(byVersion.values());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + LOCATION, e);
        }
    }

    private static List<String> list(URL folder) throws IOException {
        if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(p -> p.getFileName().toString()).filter(Migration::isMigrationFile).toList();
            } catch (URISyntaxException e) {
                throw new IOException("bad folder URL " + folder, e);
            }
        }
        // "jar:" — a plain jar, or a jar nested in the Spring Boot exec jar, whose entry names may
        // carry a prefix (BOOT-INF/classes/); keep the direct children of the folder.
        URLConnection connection = folder.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IOException("cannot list migrations in " + folder);
        }
        jarConnection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = jarConnection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                int at = entry.indexOf(LOCATION + "/");
                if (at >= 0) {
                    String rest = entry.substring(at + LOCATION.length() + 1);
                    if (Migration.isMigrationFile(rest)) {
                        names.add(rest);
                    }
                }
            }
        }
        return names;
    }

    private static String read(ClassLoader classLoader, String resource) throws IOException {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
