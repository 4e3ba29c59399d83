package io.pulsecrm.oltp.demo;

import java.util.UUID;

import javax.sql.DataSource;

import io.pulsecrm.localstack.LocalStack;
import io.pulsecrm.localstack.Postgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A schema of its own on the test PostgreSQL, migrated by Flyway: the empty database the generator expects. */
final class FreshSchema {

    private FreshSchema() {
    }

    static DataSource migrated(String prefix) {
        Postgres postgres = LocalStack.shared().postgres();
        String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = postgres.jdbcUrl() + (postgres.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        DataSource dataSource = new DriverManagerDataSource(url, postgres.user(), postgres.password());
        Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
