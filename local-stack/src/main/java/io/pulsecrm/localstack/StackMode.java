package io.pulsecrm.localstack;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * How {@link LocalStack} runs PostgreSQL, Kafka and ClickHouse: the embedded servers (packaged
 * binaries and child JVMs on this machine) or Testcontainers' real servers on a Docker engine.
 * Chosen once per JVM by {@value #PROPERTY}: {@code embedded}, {@code containers} or {@code auto}
 * (the default: containers when Testcontainers finds a Docker engine, else embedded).
 */
public enum StackMode {
    EMBEDDED,
    CONTAINERS;

    public static final String PROPERTY = "crm.localstack.mode";

    /**
     * The mode for a value of {@value #PROPERTY} ({@code null} or blank: {@code auto}).
     * {@code dockerEngine} is asked only for {@code auto} and {@code containers}, so {@code embedded}
     * never starts Testcontainers' engine discovery.
     */
    public static StackMode select(String requested, BooleanSupplier dockerEngine) {
        String value = requested == null || requested.isBlank() ? "auto" : requested.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "embedded" -> EMBEDDED;
            case "auto" -> dockerEngine.getAsBoolean() ? CONTAINERS : EMBEDDED;
            case "containers" -> {
                if (!dockerEngine.getAsBoolean()) {
                    throw new IllegalStateException(PROPERTY + "=containers, but Testcontainers found no Docker engine "
                            + "(DOCKER_HOST, /var/run/docker.sock, ~/.testcontainers.properties; its log above says what it tried). "
                            + "Start Docker, or run with -D" + PROPERTY + "=embedded (or auto) for the embedded servers.");
                }
                yield CONTAINERS;
            }
            default -> throw new IllegalArgumentException(PROPERTY + "=" + requested + " is not a mode: use embedded, containers or auto");
        };
    }
}
