package io.pulsecrm.localstack;

import io.pulsecrm.localstack.containers.StackContainers;
import io.pulsecrm.localstack.postgres.PostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.clickhouse.ClickHouseContainer;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The servers as Testcontainers containers ({@link StackContainers}), reached on their mapped
 * ports. Each container's output goes to the stack's log folder, as the embedded servers' logs do.
 * Stopped by the stack's shutdown hook, and by Testcontainers' Ryuk if this JVM dies without it.
 */
final class ContainerServers implements Servers {

    private static final Logger log = LoggerFactory.getLogger(ContainerServers.class);

    private final TestDirs dirs;
    private final List<GenericContainer<?>> started = new CopyOnWriteArrayList<>();

    ContainerServers(TestDirs dirs) {
        this.dirs = dirs;
    }

    @Override
    public Postgres startPostgres() {
        PostgreSQLContainer pg = start("postgres", StackContainers.postgres());
        return new Endpoints.PostgresAt(pg.getHost(), pg.getMappedPort(StackContainers.POSTGRES_PORT),
                PostgresServer.DATABASE, PostgresServer.USER, PostgresServer.PASSWORD);
    }

    @Override
    public Kafka startKafka() {
        KafkaContainer kafka = start("kafka", StackContainers.kafka());
        return new Endpoints.KafkaAt(kafka.getBootstrapServers());
    }

    @Override
    public ClickHouse startClickHouse() {
        ClickHouseContainer ch = start("clickhouse", StackContainers.clickhouse());
        return new Endpoints.ClickHouseAt(ch.getHost(), ch.getMappedPort(StackContainers.CLICKHOUSE_HTTP_PORT), ch.getUsername(), ch.getPassword());
    }

    @Override
    public void stopAll() {
        List<GenericContainer<?>> running = new ArrayList<>(started);
        Collections.reverse(running);
        running.forEach(c -> LocalStack.quietly("stop container " + c.getDockerImageName(), c::stop));
    }

    private <C extends GenericContainer<?>> C start(String name, C container) {
        Path logFile = dirs.log(name);
        container.withLogConsumer(appendTo(logFile));
        long begin = System.nanoTime();
        try {
            container.start();
        } catch (RuntimeException e) {
            // Not getDockerImageName(): it resolves the image, which may be what failed.
            throw new IllegalStateException(name + " container did not start: " + e.getMessage() + "; its output: " + logFile, e);
        }
        started.add(container);
        log.info("{} container {} ({}) in {} ms, log {}", name, container.getContainerId(), container.getDockerImageName(),
                (System.nanoTime() - begin) / 1_000_000, logFile);
        return container;
    }

    private static Consumer<OutputFrame> appendTo(Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logFile.getParent(), e);
        }
        return frame -> {
            if (frame.getBytes() == null) {
                return;
            }
            try {
                Files.write(logFile, frame.getBytes(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                log.warn("cannot write {}: {}", logFile, e.toString());
            }
        };
    }
}
