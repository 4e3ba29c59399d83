package io.pulsecrm.warehouse;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the warehouse lives: the JDBC URL of a ClickHouse HTTP endpoint (a real server or the
 * local chDB stand-in), the database of the warehouse tables and the credentials.
 * Read from the environment variables of docs/architecture.md.
 */
public record ClickHouseConfig(String jdbcUrl, String database, String user, String password) {

    public static final String DEFAULT_URL = "jdbc:clickhouse:http://127.0.0.1:58123";
    public static final String DEFAULT_DATABASE = "crm";

    // The database name ends up in DDL as an identifier, so it is restricted rather than escaped.
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    public ClickHouseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(database, "database");
        requireIdentifier(database);
        user = user == null || user.isBlank() ? "default" : user;
        password = password == null ? "" : password;
    }

    static String requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain ClickHouse identifier: " + name);
        }
        return name;
    }

    /** The default database {@code crm} with user {@code default} and no password. */
    public static ClickHouseConfig of(String jdbcUrl) {
        return new ClickHouseConfig(jdbcUrl, DEFAULT_DATABASE, "default", "");
    }

    public static ClickHouseConfig fromEnv() {
        return fromEnv(System.getenv());
    }

    /** {@code CRM_CLICKHOUSE_URL}, {@code CRM_CLICKHOUSE_DATABASE}, {@code CRM_CLICKHOUSE_USER}, {@code CRM_CLICKHOUSE_PASSWORD}. */
    public static ClickHouseConfig fromEnv(Map<String, String> env) {
        return new ClickHouseConfig(
                env.getOrDefault("CRM_CLICKHOUSE_URL", DEFAULT_URL),
                env.getOrDefault("CRM_CLICKHOUSE_DATABASE", DEFAULT_DATABASE),
                env.getOrDefault("CRM_CLICKHOUSE_USER", "default"),
                env.getOrDefault("CRM_CLICKHOUSE_PASSWORD", ""));
    }

    public ClickHouseConfig withDatabase(String otherDatabase) {
        return new ClickHouseConfig(jdbcUrl, otherDatabase, user, password);
    }

    @Override
    public String toString() {
        return "ClickHouseConfig[jdbcUrl=" + jdbcUrl + ", database=" + database + ", user=" + user + "]";
    }
}
