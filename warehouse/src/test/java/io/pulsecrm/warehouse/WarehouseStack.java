package io.pulsecrm.warehouse;

import io.pulsecrm.localstack.LocalStack;

import javax.sql.DataSource;

/** The local stack as the warehouse tests use it: ClickHouse migrated once per JVM, and Kafka. */
public final class WarehouseStack {

    private static ClickHouseConfig clickHouse;

    private WarehouseStack() {
    }

    public static synchronized ClickHouseConfig clickHouse() {
        if (clickHouse == null) {
            ClickHouseConfig config = ClickHouseConfig.of(LocalStack.shared().clickhouse().jdbcUrl());
            ClickHouseMigrations.apply(config);
            clickHouse = config;
        }
        return clickHouse;
    }

    public static DataSource dataSource() {
        return ClickHouseDataSources.create(clickHouse());
    }

    public static String kafkaBootstrap() {
        return LocalStack.shared().kafka().bootstrapServers();
    }
}
