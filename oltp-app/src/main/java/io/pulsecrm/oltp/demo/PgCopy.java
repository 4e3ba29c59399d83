package io.pulsecrm.oltp.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The driver's {@code CopyManager.copyIn(String, Reader)} on one connection, reached by reflection:
 * the PostgreSQL driver is a runtime-only dependency of oltp-app, so its types are not visible when
 * compiling. Works through connection pools ({@link Connection#unwrap}).
 */
final class PgCopy {

    private final MethodHandle copyIn;

    private PgCopy(MethodHandle copyIn) {
        this.copyIn = copyIn;
    }

    static PgCopy on(Connection connection) throws SQLException {
        try {
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
            Class<?> copyManager = Class.forName("org.postgresql.copy.CopyManager");
            Object api = pgConnection.getMethod("getCopyAPI").invoke(connection.unwrap(pgConnection));
            return new PgCopy(MethodHandles.publicLookup()
                    .findVirtual(copyManager, "copyIn", MethodType.methodType(long.class, String.class, Reader.class))
                    .bindTo(api));
        } catch (ReflectiveOperationException e) {
            throw new SQLException("The demo generator needs the PostgreSQL JDBC driver (COPY)", e);
        }
    }

    /** Runs {@code copy ... from stdin} with the rows in COPY text format; returns the rows copied. */
    long copyIn(String sql, String rows) throws SQLException {
        try {
            return (long) copyIn.invoke(sql, (Reader) new StringReader(rows));
        } catch (SQLException | RuntimeException | Error e) {
            throw e;
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + sql, e);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
