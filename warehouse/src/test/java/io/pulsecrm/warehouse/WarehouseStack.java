package io.pulsecrm.warehouse;

import io.pulsecrm.localstack.LocalStack;

import javax.sql.DataSource;

/**
 * The local stack as the warehouse tests use it: ClickHouse migrated once per JVM, and Kafka.
 * {@code -Dwarehouse.it.clickhouse.url=jdbc:clickhouse:http://host:8123} runs the tests against
 * another ClickHouse, e.g. a real server.
 */
public final class WarehouseStack {

    private static ClickHouseConfig clickHouse;

    private WarehouseStack() {
    }

    public static synchronized ClickHouseConfig clickHouse() {
        if (clickHouse == null) {
            String url = System.getProperty("warehouse.it.clickhouse.url", "");
            ClickHouseConfig config = url.isBlank() ? localStackClickHouse() : ClickHouseConfig.of(url);
            ClickHouseMigrations.apply(config);
            clickHouse = config;
        }
        return clickHouse;
    }

    /** The stack's endpoint with its own login: a ClickHouse container has a user of its own, not {@code default}. */
    private static ClickHouseConfig localStackClickHouse() {
        var ch = LocalStack.shared().clickhouse();
        return new ClickHouseConfig(ch.jdbcUrl(), ClickHouseConfig.DEFAULT_DATABASE, ch.user(), ch.password());
    }

    public static DataSource dataSource() {
        return ClickHouseDataSources.create(clickHouse());
    }

    public static String kafkaBootstrap() {
        return LocalStack.shared().kafka().bootstrapServers();
    }
}
