package io.pulsecrm.localstack;

/** The fixture's PostgreSQL: database {@code crm}, user {@code crm} (LOGIN REPLICATION). */
public interface Postgres {
    String jdbcUrl();
    String user();
    String password();
    /** The port on this machine (the mapped port of a container). */
    int port();
}
