package io.pulsecrm.localstack;

/**
 * The fixture's ClickHouse HTTP endpoint (chDB when embedded, a ClickHouse server in a container);
 * database {@code crm} exists.
 */
public interface ClickHouse {
    /** {@code jdbc:clickhouse:http://<host>:<port>} (no database: clients select {@code crm} themselves) */
    String jdbcUrl();
    /** {@code http://<host>:<port>} */
    String httpUrl();
    /** The HTTP port on this machine (the mapped port of a container). */
    int port();
    /** {@code default} for the embedded endpoint. */
    String user();
    /** Empty for the embedded endpoint. */
    String password();
}
