package io.pulsecrm.dashboards.support;

import io.pulsecrm.localstack.LocalStack;
import io.pulsecrm.warehouse.ClickHouseConfig;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.testing.WarehouseRows;

/**
 * A ClickHouse database of its own on the shared local-stack endpoint, migrated by the warehouse library, and
 * the warehouse's {@link WarehouseRows} writing into it what the sink would (facts, organization, sessions, and
 * the sink's progress rows). Tests never see each other's rows.
 */
public final class SinkSimulator {

    private final ClickHouseConfig config;
    private final WarehouseRows rows;

    private SinkSimulator(ClickHouseConfig config) {
        this.config = config;
        this.rows = new WarehouseRows(ClickHouseDataSources.create(config));
    }

    /** A freshly migrated database of its own on the local stack's ClickHouse endpoint. */
    public static SinkSimulator onLocalStack(String database) {
        var ch = LocalStack.shared().clickhouse();
        var config = new ClickHouseConfig(ch.jdbcUrl(), database, ch.user(), ch.password());
        ClickHouseMigrations.apply(config);
        return new SinkSimulator(config);
    }

    public WarehouseRows rows() {
        return rows;
    }

    public String jdbcUrl() {
        return config.jdbcUrl();
    }

    public String database() {
        return config.database();
    }

    public String user() {
        return config.user();
    }

    public String password() {
        return config.password();
    }
}
