package io.pulsecrm.localstack.postgres;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
     * The benchmarks' own database, owned by crm: {@code ./crm bench dashboards} migrates it with oltp-app's
     * migrations and fills it with millions of rows, away from the demo data and from the database CDC decodes
     * (logical decoding skips other databases' WAL records cheaply, but would decode every row of a load into crm).
     * crm has no CREATEDB, so it is made here.
     */
    public static String createBenchDatabase() {
        return "CREATE DATABASE " + PostgresServer.BENCH_DATABASE + " OWNER " + PostgresServer.USER;
    }

    /**
     * Run in database crm as the superuser, on every start (idempotent): statement statistics that crm may
     * read, so that a benchmark can say which statements took the database's time.
     */
    public static List<String> statementStatistics() {
        return List.of("CREATE EXTENSION IF NOT EXISTS pg_stat_statements",
                "GRANT pg_read_all_stats TO " + PostgresServer.USER);
    }

    /**
     * All of them, as a file for psql ({@code /docker-entrypoint-initdb.d/}): psql sends each statement on
     * its own, which CREATE DATABASE needs (it cannot run inside a transaction block).
     */
    public static String script() {
        return Stream.of(Stream.of(createRole(), createDatabase(), createBenchDatabase(), "\\connect " + PostgresServer.DATABASE),
                        statementStatistics().stream()).flatMap(s -> s)
                .map(s -> s.startsWith("\\") ? s + "\n" : s + ";\n").collect(Collectors.joining());
    }
}
