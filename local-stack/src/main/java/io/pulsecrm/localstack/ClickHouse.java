package io.pulsecrm.localstack;

/** The fixture's ClickHouse HTTP endpoint (chDB); database {@code crm} exists. */
public interface ClickHouse {
    /** {@code jdbc:clickhouse:http://127.0.0.1:<port>} */
    String jdbcUrl();
    /** {@code http://127.0.0.1:<port>} */
    String httpUrl();
    int port();
}
