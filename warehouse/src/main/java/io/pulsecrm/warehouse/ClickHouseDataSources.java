package io.pulsecrm.warehouse;

import com.clickhouse.jdbc.DataSourceImpl;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * DataSources on clickhouse-jdbc 0.9.9 ({@code com.clickhouse.jdbc.DataSourceImpl}) whose
 * connections use the warehouse database.
 *
 * <p>The database is selected with {@link Connection#setSchema} on every connection rather than
 * in the URL, so the same URL works before the database exists (migrations create it) and on
 * both a real ClickHouse server and the local chDB endpoint. Settings chosen for both:
 * no ClickHouse-framed LZ4 compression (payloads are small; the stand-in need not speak it),
 * bounded connect and socket timeouts so an outage surfaces as an SQLException the sink can
 * retry. The driver's own retry of stale keep-alive connections stays on (an INSERT it repeats
 * carries the same deduplication token).
 *
 * <p>Connections are not pooled: each {@code getConnection()} builds a driver client (~10 ms on
 * the local endpoint). Code that queries per request should keep a connection (as
 * {@link io.pulsecrm.warehouse.query.SinkProgress} does) or wrap this in a pool such as HikariCP.
 */
public final class ClickHouseDataSources {

    private ClickHouseDataSources() {
    }

    /** Connections whose default database is {@code config.database()}. */
    public static DataSource create(ClickHouseConfig config) {
        return new SchemaBoundDataSource(driverDataSource(config), config.database());
    }

    /** Connections on the server's default database (used to create the warehouse database). */
    static DataSource server(ClickHouseConfig config) {
        return driverDataSource(config);
    }

    static Properties properties(ClickHouseConfig config) {
        Properties p = new Properties();
        p.setProperty("user", config.user());
        p.setProperty("password", config.password());
        p.setProperty("compress", "false");
        p.setProperty("decompress", "false");
        p.setProperty("connection_timeout", "5000");
        p.setProperty("socket_timeout", "30000");
        p.setProperty("client_name", "pulse-crm-warehouse");
        return p;
    }

    private static DataSource driverDataSource(ClickHouseConfig config) {
        return new DataSourceImpl(config.jdbcUrl(), properties(config));
    }

    /** Delegates to the driver and points each new connection at the warehouse database. */
    private record SchemaBoundDataSource(DataSource delegate, String database) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return bind(delegate.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return bind(delegate.getConnection(username, password));
        }

        private Connection bind(Connection connection) throws SQLException {
            try {
                connection.setSchema(database);
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return iface.isInstance(this) ? iface.cast(this) : delegate.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return iface.isInstance(this) || delegate.isWrapperFor(iface);
        }
    }
}
