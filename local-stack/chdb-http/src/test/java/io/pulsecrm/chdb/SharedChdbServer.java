package io.pulsecrm.chdb;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One server for all ITs of the JVM (started on first use, stopped when the JVM's tests end); tests
 * isolate by their own databases and tables. Inject it as a {@link ChdbProcess} parameter.
 */
final class SharedChdbServer implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedChdbServer.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ChdbProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent("server", key -> {
            try {
                return ChdbTestServers.start(ChdbTestServers.freshDataDir("shared"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, ChdbProcess.class);
    }
}
