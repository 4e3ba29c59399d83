package io.pulsecrm.warehouse.sink;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * The real DataSource, except that the first batch sent to one table fails as if ClickHouse went
 * down at that moment; everything else (the driver's own settings included) goes to the real driver.
 */
final class FailingDataSource {

    private FailingDataSource() {
    }

    static DataSource failFirst(DataSource real, String table) {
        AtomicBoolean failed = new AtomicBoolean();
        return proxy(DataSource.class, real, (method, args) -> {
            Object result = method.invoke(real, args);
            return "getConnection".equals(method.getName()) ? connection((Connection) result, table, failed) : result;
        });
    }

    private static Connection connection(Connection real, String table, AtomicBoolean failed) {
        return proxy(Connection.class, real, (method, args) -> {
            Object result = method.invoke(real, args);
            boolean intoTable = "prepareStatement".equals(method.getName()) && ((String) args[0]).contains("INSERT INTO " + table);
            return intoTable ? statement((PreparedStatement) result, failed) : result;
        });
    }

    private static PreparedStatement statement(PreparedStatement real, AtomicBoolean failed) {
        return proxy(PreparedStatement.class, real, (method, args) -> {
            if ("executeBatch".equals(method.getName()) && failed.compareAndSet(false, true)) {
                throw new SQLException("Connection refused (injected)");
            }
            return method.invoke(real, args);
        });
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T real, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(FailingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
