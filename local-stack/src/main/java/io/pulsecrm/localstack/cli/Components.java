package io.pulsecrm.localstack.cli;

import io.pulsecrm.localstack.Endpoints;
import io.pulsecrm.localstack.FreePorts;
import io.pulsecrm.localstack.Service;
import io.pulsecrm.localstack.ServiceLauncher;
import io.pulsecrm.localstack.StackEnv;
import io.pulsecrm.localstack.chdb.ClickHouseEndpoint;
import io.pulsecrm.localstack.kafka.KafkaBroker;
import io.pulsecrm.localstack.postgres.PgBinaries;
import io.pulsecrm.localstack.postgres.PostgresServer;
import io.pulsecrm.localstack.process.JavaChild;
import io.pulsecrm.localstack.process.PidFile;
import io.pulsecrm.localstack.process.Procs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The components of {@code crm up}, in start order. */
final class Components {

    static final String KAFKA_HEAP = "384m";
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private Components() {}

    static List<Component> infrastructure(StackLayout layout) {
        return List.of(new PostgresComponent(layout), new KafkaComponent(layout), new ClickHouseComponent(layout));
    }

    static List<Component> services(StackLayout layout) {
        List<Component> services = new ArrayList<>();
        for (Service service : Service.values()) {
            services.add(new ServiceComponent(layout, service));
        }
        return services;
    }

    static List<Component> all(StackLayout layout) {
        List<Component> all = new ArrayList<>(infrastructure(layout));
        all.addAll(services(layout));
        return all;
    }

    /** Fails when something that is not ours holds the port: the component would die on bind. */
    static void requireFree(String name, int port) {
        if (!FreePorts.isFree(port)) {
            throw new IllegalStateException("port " + port + " for " + name + " is taken by another program; stop it, or choose "
                    + "another port with --port " + name + "=N");
        }
    }

    /** A child JVM found through its pid file; stopped with SIGTERM, then SIGKILL after 30 s. */
    private abstract static class PidFileComponent implements Component {
        final StackLayout layout;
        private final String name;

        PidFileComponent(StackLayout layout, String name) {
            this.layout = layout;
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int port() {
            return layout.port(name);
        }

        @Override
        public Path log() {
            return layout.log(name);
        }

        PidFile pidFile() {
            return new PidFile(layout.pidFile(name));
        }

        @Override
        public Optional<ProcessHandle> running() {
            return pidFile().live(JavaChild.ownerMarker(layout.stateDir()));
        }

        @Override
        public boolean stop() {
            boolean graceful = running().map(p -> Procs.terminate(p, STOP_GRACE)).orElse(true);
            pidFile().delete();
            return graceful;
        }
    }

    static final class PostgresComponent implements Component {
        private final StackLayout layout;

        PostgresComponent(StackLayout layout) {
            this.layout = layout;
        }

        @Override
        public String name() {
            return "postgres";
        }

        @Override
        public int port() {
            return running().flatMap(p -> PostgresServer.running(layout.data(name()))).map(PostgresServer.Running::port)
                    .orElse(layout.port(name()));
        }

        @Override
        public Path log() {
            return layout.log(name());
        }

        @Override
        public Optional<ProcessHandle> running() {
            return PostgresServer.running(layout.data(name())).flatMap(r -> ProcessHandle.of(r.pid()));
        }

        @Override
        public long start() {
            requireFree(name(), layout.port(name()));
            Path home = PgBinaries.ensureExtracted(layout.cache());
            long pid = new PostgresServer(new PostgresServer.Config(home, layout.data(name()), log(), layout.port(name()))).start().pid();
            new PidFile(layout.pidFile(name())).write(pid);
            return pid;
        }

        @Override
        public boolean stop() {
            PostgresServer.stop(layout.data(name()));
            new PidFile(layout.pidFile(name())).delete();
            return running().isEmpty();
        }
    }

    static final class KafkaComponent extends PidFileComponent {
        KafkaComponent(StackLayout layout) {
            super(layout, "kafka");
        }

        @Override
        public long start() {
            requireFree(name(), port());
            requireFree("kafka-controller", layout.port("kafka-controller"));
            ProcessHandle process = KafkaBroker.start(new KafkaBroker.Spec(layout.stateDir(), layout.data(name()), port(),
                    layout.port("kafka-controller"), log(), KAFKA_HEAP, Optional.empty(), true));
            pidFile().write(process.pid());
            return process.pid();
        }
    }

    static final class ClickHouseComponent extends PidFileComponent {
        ClickHouseComponent(StackLayout layout) {
            super(layout, "clickhouse");
        }

        @Override
        public long start() {
            requireFree(name(), port());
            ClickHouseEndpoint.Running running = ClickHouseEndpoint.start(new ClickHouseEndpoint.Spec(layout.root(), layout.data(name()),
                    port(), log()));
            pidFile().write(running.pid());
            return running.pid();
        }
    }

    static final class ServiceComponent extends PidFileComponent {
        private final Service service;

        ServiceComponent(StackLayout layout, Service service) {
            super(layout, service.id());
            this.service = service;
        }

        Service service() {
            return service;
        }

        @Override
        public long start() {
            requireFree(name(), port());
            Map<String, String> env = new LinkedHashMap<>(StackEnv.of(Endpoints.embeddedPostgres(layout.port("postgres")),
                    Endpoints.embeddedKafka(layout.port("kafka")), Endpoints.embeddedClickHouse(layout.port("clickhouse"))));
            env.put("CRM_DATA_DIR", layout.data(name()).toString());
            if (service == Service.OLTP_APP) {
                env.put("CRM_DEMO_SEED", System.getenv().getOrDefault("CRM_DEMO_SEED", "true"));
                env.put("CRM_ADMIN_PASSWORD", UpCommand.adminPassword());
                // the login page may send a browser back to this stack's dashboards, on whatever port
                int dashboards = layout.port("dashboards");
                env.put("CRM_IDENTITY_TRUSTED_REDIRECT_ORIGINS",
                        "http://localhost:" + dashboards + ",http://127.0.0.1:" + dashboards);
                // the dashboards' segment builder saves segments here from its page (CORS, see oltp-app's README)
                env.put("CRM_DASHBOARDS_PUBLIC_URL", "http://localhost:" + dashboards);
            }
            if (service == Service.DASHBOARDS) {
                // single sign-on: dashboards verifies tokens with this stack's oltp-app keys
                int oltp = layout.port("oltp-app");
                env.put("CRM_OLTP_PUBLIC_URL", "http://localhost:" + oltp);
                env.put("CRM_OLTP_JWKS_URL", "http://127.0.0.1:" + oltp + "/.well-known/jwks.json");
            }
            return ServiceLauncher.launch(new ServiceLauncher.Spec(layout.stateDir(), service, layout.root(), port(), env, log(),
                    pidFile(), true)).pid();
        }
    }
}
