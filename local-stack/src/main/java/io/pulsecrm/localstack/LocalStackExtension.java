package io.pulsecrm.localstack;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects the JVM's {@link LocalStack} (and, as a shortcut, its {@link Postgres}, {@link Kafka} or
 * {@link ClickHouse}, which starts that component) into test constructors and methods:
 *
 * <pre>{@code
 * @ExtendWith(LocalStackExtension.class)
 * class OpportunityRepositoryIT {
 *     @Test void savesADeal(Postgres pg) { ... pg.jdbcUrl() ... }
 * }
 * }</pre>
 */
public final class LocalStackExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalStack.class || type == Postgres.class || type == Kafka.class || type == ClickHouse.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        LocalStack stack = LocalStack.shared();
        if (type == Postgres.class) {
            return stack.postgres();
        }
        if (type == Kafka.class) {
            return stack.kafka();
        }
        if (type == ClickHouse.class) {
            return stack.clickhouse();
        }
        return stack;
    }
}
