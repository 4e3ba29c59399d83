package io.pulsecrm.localstack.cli;

import io.pulsecrm.localstack.ServiceLauncher;
import io.pulsecrm.localstack.postgres.PostgresServer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Starts what is not running: the three servers side by side, then the services one after another. */
final class UpCommand {

    private final StackLayout layout;
    private final PrintStream out;
    private final PrintStream err;

    UpCommand(StackLayout layout, PrintStream out, PrintStream err) {
        this.layout = layout;
        this.out = out;
        this.err = err;
    }

    int run(boolean infraOnly) {
        List<Component> services = infraOnly ? List.of() : Components.services(layout);
        List<String> missing = services.stream().map(c -> ((Components.ServiceComponent) c).service())
                .filter(s -> !java.nio.file.Files.isRegularFile(s.jar(layout.root())))
                .map(s -> s.jar(layout.root()).toString()).toList();
        if (!missing.isEmpty()) {
            err.println("crm: the services are not built; missing:\n  " + String.join("\n  ", missing)
                    + "\nBuild them with `mvn -DskipTests package` in " + layout.root() + " (./crm up does this), or start only the servers with --infra-only.");
            return StackCli.USAGE;
        }
        layout.rememberPorts();
        out.println("crm: starting the stack (state in " + layout.stateDir() + ")");
        // Independent of one another: started side by side, reported in order.
        List<CompletableFuture<String>> infra = new ArrayList<>();
        for (Component c : Components.infrastructure(layout)) {
            infra.add(CompletableFuture.supplyAsync(() -> ensureRunning(c), r -> Thread.ofPlatform().name("start-" + c.name()).start(r)));
        }
        boolean failed = false;
        for (CompletableFuture<String> f : infra) {
            String line = f.join();
            failed |= line.startsWith("FAILED");
            out.println(line);
        }
        // Services in dependency order: oltp-app owns the schema that stream-processors captures.
        for (Component c : services) {
            if (failed) {
                break;
            }
            String line = ensureRunning(c);
            failed = line.startsWith("FAILED");
            out.println(line);
        }
        if (failed) {
            err.println("crm: not everything started; see the log above. `./crm status` shows what runs, `./crm down` stops it.");
            return StackCli.FAILED;
        }
        printUrls(infraOnly);
        return StackCli.OK;
    }

    private String ensureRunning(Component c) {
        var running = c.running();
        if (running.isPresent()) {
            return row(c.name(), "already running", running.get().pid(), c.port(), "");
        }
        long started = System.nanoTime();
        try {
            long pid = c.start();
            return row(c.name(), "started", pid, c.port(), String.format("in %.1f s", (System.nanoTime() - started) / 1e9));
        } catch (ServiceLauncher.MissingJar e) {
            return "FAILED " + c.name() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            return "FAILED " + c.name() + ": " + e.getMessage() + "\n  log: " + c.log();
        }
    }

    private static String row(String name, String state, long pid, int port, String note) {
        return String.format("  %-18s %-16s pid %-8d port %-6d %s", name, state, pid, port, note).stripTrailing();
    }

    /** The demo users' password (oltp-app's demo seed). */
    static final String DEMO_PASSWORD = "demo123456";

    /** The bootstrap admin's password on a local stack: CRM_ADMIN_PASSWORD, else a documented default. */
    static String adminPassword() {
        String configured = System.getenv("CRM_ADMIN_PASSWORD");
        return configured == null || configured.isBlank() ? "pulse-admin" : configured;
    }

    private void printUrls(boolean infraOnly) {
        out.println();
        if (!infraOnly) {
            int oltp = layout.port("oltp-app");
            int dash = layout.port("dashboards");
            out.printf("  reps' app         http://localhost:%d/app   (log in as admin / %s; demo users: password %s)%n",
                    oltp, adminPassword(), DEMO_PASSWORD);
            out.printf("  operational API   http://localhost:%d/api/v1   (OpenAPI http://localhost:%d/v3/api-docs, Swagger UI http://localhost:%d/swagger-ui.html)%n", oltp, oltp, oltp);
            out.printf("  dashboards        http://localhost:%d/   (English: http://localhost:%d/?lang=en)%n", dash, dash);
        }
        out.printf("  PostgreSQL        %s   user crm, password crm%n", PostgresServer.jdbcUrl(layout.port("postgres")));
        out.printf("  Kafka             127.0.0.1:%d%n", layout.port("kafka"));
        out.printf("  ClickHouse        http://127.0.0.1:%d   (jdbc:clickhouse:http://127.0.0.1:%d, database crm)%n",
                layout.port("clickhouse"), layout.port("clickhouse"));
        out.println("  logs: " + layout.stateDir().resolve("logs") + "   status: ./crm status   stop: ./crm down");
    }
}
