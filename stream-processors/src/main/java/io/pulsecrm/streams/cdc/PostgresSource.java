package io.pulsecrm.streams.cdc;

import java.net.URI;

/**
 * The PostgreSQL to capture from, given as the JDBC URL every service reads ({@code CRM_PG_URL}).
 * Debezium wants host, port and database separately, so they are parsed out of the URL here, once.
 */
public record PostgresSource(String jdbcUrl, String user, String password, String host, int port, String database) {

    private static final String PREFIX = "jdbc:postgresql://";
    private static final int DEFAULT_PORT = 5432;

    public static PostgresSource of(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        URI uri = URI.create("postgresql://" + jdbcUrl.substring(PREFIX.length()));
        String path = uri.getPath();
        if (uri.getHost() == null || path == null || path.length() < 2) {
            throw new IllegalArgumentException("JDBC URL needs host and database, e.g. "
                    + "jdbc:postgresql://127.0.0.1:55432/crm: " + jdbcUrl);
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        return new PostgresSource(jdbcUrl, user, password, uri.getHost(), port, path.substring(1));
    }

    /** For logs: never the password. */
    public String describe() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "PostgresSource[" + describe() + "]";
    }
}
