package io.pulsecrm.oltp.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The real PostgreSQL the integration tests run on. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Points the datasource at the test PostgreSQL, optionally inside its own schema. */
    public static void register(DynamicPropertyRegistry registry, String schema) {
        // TEMPORARY until local-stack's fixture is installed: a PostgreSQL started by hand
        String url = System.getProperty("oltp.it.jdbcUrl", "jdbc:postgresql://127.0.0.1:56601/crm");
        registry.add("spring.datasource.url", () -> schema == null ? url : url + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> "crm");
        registry.add("spring.datasource.password", () -> "crm");
        if (schema != null) {
            registry.add("spring.flyway.schemas", () -> schema);
        }
    }
}
