package io.pulsecrm.oltp.support;

import io.pulsecrm.localstack.LocalStack;
import io.pulsecrm.localstack.Postgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL the integration tests run on: local-stack's, started once per test JVM
 * on a free port with its data under {@code target/local-stack}.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Points the datasource at the test PostgreSQL; with a schema, Flyway creates and migrates that one. */
    public static void register(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> url(postgres().jdbcUrl(), schema));
        registry.add("spring.datasource.username", () -> postgres().user());
        registry.add("spring.datasource.password", () -> postgres().password());
        if (schema != null) {
            registry.add("spring.flyway.schemas", () -> schema);
        }
    }

    private static Postgres postgres() {
        return LocalStack.shared().postgres();
    }

    private static String url(String jdbcUrl, String schema) {
        if (schema == null) {
            return jdbcUrl;
        }
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
