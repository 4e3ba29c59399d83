package io.pulsecrm.localstack.postgres;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements that give a fresh PostgreSQL the stack's contract: role crm (LOGIN REPLICATION,
 * for Debezium's slot) owning database crm. Run by the embedded bootstrap (each one only when its
 * object is missing) and, as an init script, by the PostgreSQL container.
 */
public final class PgInitSql {

    private PgInitSql() {}

    public static String createRole() {
        return "CREATE ROLE " + PostgresServer.USER + " LOGIN REPLICATION PASSWORD '" + PostgresServer.PASSWORD + "'";
    }

    public static String createDatabase() {
        return "CREATE DATABASE " + PostgresServer.DATABASE + " OWNER " + PostgresServer.USER;
    }

    /**
     * Both, as a file for psql ({@code /docker-entrypoint-initdb.d/}): psql sends each statement on
     * its own, which CREATE DATABASE needs (it cannot run inside a transaction block).
     */
    public static String script() {
        return List.of(createRole(), createDatabase()).stream().map(s -> s + ";\n").collect(Collectors.joining());
    }
}
