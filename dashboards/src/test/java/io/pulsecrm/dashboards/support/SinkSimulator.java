package io.pulsecrm.dashboards.support;

import io.pulsecrm.localstack.LocalStack;
import io.pulsecrm.warehouse.ClickHouseConfig;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A ClickHouse database of its own on the shared local-stack endpoint, migrated by the warehouse library, and
 * the warehouse's {@link WarehouseRows} writing into it what the sink would (facts, organization, sessions, and
 * the sink's progress rows). Tests never see each other's rows.
 */
public final class SinkSimulator {

    private final ClickHouseConfig config;
    private final WarehouseRows rows;
    private TokenIssuer issuer;

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

    /**
     * Points the app under test, from its {@code @DynamicPropertySource}, at this database (seeded with the top
     * department and the built-in roles) and at the keys of a {@link TokenIssuer} standing in for oltp-app.
     */
    public SinkSimulator configure(DynamicPropertyRegistry registry) {
        BuiltInRoles.write(rows);
        issuer = TokenIssuer.start();
        registry.add("crm.dashboards.identity.jwks-url", issuer::jwksUrl);
        registry.add("crm.dashboards.clickhouse.url", this::jdbcUrl);
        registry.add("crm.dashboards.clickhouse.user", this::user);
        registry.add("crm.dashboards.clickhouse.password", this::password);
        registry.add("crm.dashboards.clickhouse.database", this::database);
        return this;
    }

    public TokenIssuer issuer() {
        return issuer;
    }

    /** A user logged in as oltp-app would have it: see {@link SignedIn#as}. */
    public SignedIn signIn(long userId, long departmentId, long... roleIds) {
        return SignedIn.as(rows, issuer, userId, departmentId, roleIds);
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
