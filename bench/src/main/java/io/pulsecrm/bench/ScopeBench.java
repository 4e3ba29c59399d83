package io.pulsecrm.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long a change of a viewer's department takes to reach what the dashboards show that viewer, measured from
 * outside: a manager (DEPT_AND_CHILDREN) is moved back and forth between a department with one open deal and one
 * without, by an UPDATE committed in PostgreSQL; after each commit the manager's own chart API
 * ({@code /api/v1/charts/pipeline}, with the manager's token) is polled until the deal appears or disappears.
 * The whole path counts: WAL, Debezium, Kafka, the sink, ClickHouse, and the dashboards resolving the scope.
 */
final class ScopeBench {

    record Settings(String oltpUrl, String dashboardsUrl, BenchArgs.Pg pg, String adminPassword, int changes,
                    int pollMs, boolean keep) {

        static Settings from(BenchArgs a) {
            return new Settings(
                    a.text("oltp", BenchArgs.env("CRM_OLTP_URL", "http://127.0.0.1:8080")),
                    a.text("dashboards", BenchArgs.env("CRM_DASHBOARDS_URL", "http://127.0.0.1:8090")), a.pg(),
                    a.text("admin-password", BenchArgs.env("CRM_ADMIN_PASSWORD", "pulse-admin")),
                    a.integer("changes", 20), a.integer("poll-ms", 20), a.flag("keep"));
        }
    }

    private static final Duration FIRST_VISIBLE = Duration.ofSeconds(60);
    private static final Duration CHANGE_LIMIT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Settings s;

    ScopeBench(Settings settings) {
        this.s = settings;
    }

    int run() throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        String password = UUID.randomUUID().toString();
        try (var org = new BenchOrganization(s.pg().url(), s.pg().user(), s.pg().password())) {
            long north = org.department("bench-north-" + run);
            long south = org.department("bench-south-" + run);
            org.user("bench-seller-" + run, south, "SALES_REP", password);
            long manager = org.user("bench-manager-" + run, north, "SALES_MANAGER", password);
            String admin = OltpClient.login(s.oltpUrl(), "admin", s.adminPassword());
            long stage;
            long customer;
            long deal;
            try (var oltp = new OltpClient(s.oltpUrl(), admin)) {
                stage = oltp.createStage("bench-scope-" + run, 20_000, new BigDecimal("50.00"));
            }
            // the seller's deal, under the seller's customer: owned in the south department
            String seller = OltpClient.login(s.oltpUrl(), "bench-seller-" + run, password);
            try (var oltp = new OltpClient(s.oltpUrl(), seller)) {
                customer = oltp.createCustomer("bench scope customer " + run);
                deal = oltp.createOpportunity("bench scope " + run, new BigDecimal("1000.00"), stage, customer);
            }
            String viewer = OltpClient.login(s.oltpUrl(), "bench-manager-" + run, password);
            System.out.printf("scope: %d department changes of a manager (user %d), the manager's chart polled every %d ms%n",
                    s.changes(), manager, s.pollMs());
            Histogram visible = new Histogram(TimeUnit.MINUTES.toNanos(5), 3);
            int missed = 0;
            try (var dashboards = new HttpConnection(URI.create(s.dashboardsUrl()), "Authorization: Bearer " + viewer + "\r\n");
                 var everything = new HttpConnection(URI.create(s.dashboardsUrl()), "Authorization: Bearer " + admin + "\r\n")) {
                if (awaitCount(everything, stage, 1, FIRST_VISIBLE) < 0 || awaitCount(dashboards, stage, 0, FIRST_VISIBLE) < 0) {
                    System.out.println("  the bench's deal never showed in the dashboards: is the whole stack up?");
                    return 1;
                }
                for (int i = 1; i <= s.changes(); i++) {
                    boolean toSouth = i % 2 == 1;
                    org.moveUser(manager, toSouth ? south : north);
                    long took = awaitCount(dashboards, stage, toSouth ? 1 : 0, CHANGE_LIMIT);
                    if (took < 0) {
                        missed++;
                        System.err.printf("change %d not visible after %d s%n", i, CHANGE_LIMIT.toSeconds());
                    } else {
                        visible.recordValue(took);
                    }
                }
            }
            System.out.printf("  commit → visible  p50 %s  p95 %s  max %s  (n=%d, %d not visible within %d s)%n",
                    ms(visible, 50), ms(visible, 95), visible.getTotalCount() == 0 ? "n/a" : msOf(visible.getMaxValue()),
                    visible.getTotalCount(), missed, CHANGE_LIMIT.toSeconds());
            boolean met = missed == 0 && visible.getMaxValue() <= TimeUnit.SECONDS.toNanos(5);
            System.out.printf("  target: every change within 5 s: %s%n", met ? "met" : "NOT met");
            if (!s.keep()) {
                cleanUp(org, admin, stage, customer, deal);
            }
            return missed == 0 ? 0 : 1;
        }
    }

    /** Polls until the stage shows {@code expected} open deals; the nanoseconds that took, or -1 past the limit. */
    private long awaitCount(HttpConnection dashboards, long stageId, long expected, Duration limit) throws IOException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (openCount(dashboards, stageId) == expected) {
                return System.nanoTime() - start;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(s.pollMs()));
        }
        return -1;
    }

    /** The stage's open count in the chart the token's user sees; -1 while the stage is not there yet. */
    static long openCount(HttpConnection dashboards, long stageId) throws IOException {
        HttpConnection.Response r = dashboards.send("GET", "/api/v1/charts/pipeline", null);
        if (r.status() != 200) {
            throw new IOException("dashboards answered " + r.status() + ": " + r.body());
        }
        for (JsonNode row : JSON.readTree(r.body()).get("rows")) {
            if (row.get("stageId").asLong() == stageId) {
                return row.get("openCount").asLong();
            }
        }
        return -1;
    }

    /** As the admin: a sales rep may not delete deals, not even their own. */
    private void cleanUp(BenchOrganization org, String admin, long stage, long customer, long deal) throws Exception {
        try (var oltp = new OltpClient(s.oltpUrl(), admin)) {
            oltp.deleteOpportunity(deal);
            oltp.deleteStage(stage);
            oltp.deleteCustomer(customer);
        }
        org.retireUsers();
        System.out.println("  cleaned up        the bench's deal, stage and customer; its users are disabled (use --keep to leave them)");
    }

    private static String ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? "n/a" : msOf(h.getValueAtPercentile(percentile));
    }

    private static String msOf(long nanos) {
        return String.format("%.0f ms", nanos / 1e6);
    }
}
