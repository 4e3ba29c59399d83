package io.pulsecrm.streams.cdc;

import static org.awaitility.Awaitility.await;

import io.pulsecrm.localstack.LocalStack;
import io.pulsecrm.localstack.Postgres;
import io.pulsecrm.streams.CrmDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A CDC engine of one test on the real local stack (PostgreSQL with logical decoding, a Kafka broker): its own slot,
 * publication and offsets, so no test resumes from another's position. The schema is oltp-app's ({@link CrmDatabase}).
 * Registered per test ({@code @RegisterExtension}, an instance field): after each test it stops the engine, drops the
 * slot (a slot nobody reads pins WAL for the rest of the test JVM) and the publication, and deletes the offsets.
 */
final class CdcTestEngine implements BeforeEachCallback, AfterEachCallback {

    static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final AtomicInteger RUN = new AtomicInteger();

    /** Unique per engine: names its slot and publication, and marks the rows its test writes. */
    final String suffix = "it" + ProcessHandle.current().pid() + "_" + RUN.incrementAndGet();
    private Path dataDir;
    private CdcEngine engine;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("cdc-" + suffix);
    }

    /** Where this engine keeps its offsets ({@code offsets.dat}) and what goes next to them. */
    Path dataDir() {
        return dataDir;
    }

    static CrmDatabase database() throws SQLException {
        return CrmDatabase.on(LocalStack.shared().postgres());
    }

    static String kafka() {
        return LocalStack.shared().kafka().bootstrapServers();
    }

    /** Starts capturing {@code tables}; waits until it streams when they are the default set (all present). */
    CdcEngine start(List<String> tables) {
        return start(tables, tables.equals(CdcConfig.DEFAULT_TABLES));
    }

    CdcEngine start(List<String> tables, boolean awaitRunning) {
        Postgres pg = LocalStack.shared().postgres();
        var config = new CdcConfig(PostgresSource.of(pg.jdbcUrl(), pg.user(), pg.password()), kafka(), tables,
                "slot_" + suffix, "pub_" + suffix, dataDir.resolve("offsets.dat"), Duration.ofSeconds(1),
                Duration.ofMillis(50), 3, (short) 1);
        engine = new CdcEngine(config);
        engine.start();
        if (awaitRunning) {
            await().atMost(TIMEOUT).until(engine::status, s -> s == CdcEngine.Status.RUNNING);
        }
        return engine;
    }

    CdcEngine engine() {
        return engine;
    }

    /** Stops the engine as a shutdown would: the slot, the publication and the offsets stay for the next start. */
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException, IOException {
        stop();
        try (Connection c = database().connect(); Statement s = c.createStatement()) {
            s.execute("select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = 'slot_"
                    + suffix + "' and not active");
            s.execute("drop publication if exists pub_" + suffix);
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
