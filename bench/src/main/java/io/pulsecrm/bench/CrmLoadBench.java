package io.pulsecrm.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Recorder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code ./crm bench crm}: the reps' app under a mixed, closed-loop load on the running stack — scoped
 * and filtered list pages, record details, follow-up writes and new deals (captured by CDC, so the
 * pipeline works while it runs) — as several demo users with different data scopes. Prints per
 * request type p50/p95/p99 and the sustained requests per second, against the targets.
 */
final class CrmLoadBench {

    /** The request types and how often each is drawn (weights sum to 100). */
    enum Op {
        CUSTOMER_LIST(30, true), CUSTOMER_DETAIL(20, false), CUSTOMER_FOLLOW_UPS(10, true), LEAD_LIST(10, true),
        OPPORTUNITY_LIST(5, true), TASKS_TODAY(5, true), FOLLOW_UP_WRITE(15, false), OPPORTUNITY_WRITE(5, false);

        final int weight;
        final boolean list;
        final boolean write;

        Op(int weight, boolean list) {
            this.weight = weight;
            this.list = list;
            this.write = name().endsWith("_WRITE");
        }
    }

    record Settings(String oltpUrl, List<String> users, String password, int seconds, int warmupSeconds,
                    int concurrency, BenchArgs.Pg pg, int statements, Op only) {

        static Settings from(BenchArgs a) {
            return new Settings(a.text("oltp", BenchArgs.env("CRM_OLTP_URL", "http://127.0.0.1:8080")),
                    List.of(a.text("users", "zhangwei,lina,zhaomin,xuli,hejing,chenjie,liuyang,wangqiang").split(",")),
                    a.text("password", "demo123456"), a.integer("seconds", 60), a.integer("warmup", 15),
                    a.integer("concurrency", 16), a.pg(), a.integer("statements", 8), only(a.text("only", null)));
        }

        /** {@code --only customer_detail}: one request type instead of the mix, to see what it alone costs. */
        private static Op only(String name) {
            if (name == null) {
                return null;
            }
            try {
                return Op.valueOf(name.toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--only must be one of " + Arrays.stream(Op.values())
                        .map(op -> op.name().toLowerCase()).toList() + ", got: " + name);
            }
        }
    }

    private static final String[] FILTERS = {"", "&level=KEY", "&level=NORMAL", "&q=%E7%A7%91%E6%8A%80",
            "&dealStatus=DEAL", "&q=%E4%B8%8A%E6%B5%B7"};

    private final Settings s;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Op, Recorder> latency = new EnumMap<>(Op.class);
    /** Failed requests by what went wrong: the HTTP status, or the I/O error's type. */
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    /** Writes refused with 403 on a customer seen through a read-only team seat (right, and not retried). */
    private final LongAdder refused = new LongAdder();

    CrmLoadBench(Settings settings) {
        this.s = settings;
        for (Op op : Op.values()) {
            latency.put(op, new Recorder(3));
        }
    }

    int run() throws Exception {
        List<Viewer> viewers = new ArrayList<>();
        for (String user : s.users()) {
            viewers.add(Viewer.login(s.oltpUrl(), user.strip(), s.password(), json));
        }
        System.out.printf("crm load: %d users (%s), %d workers, warm-up %d s, measured %d s against %s%n",
                viewers.size(), String.join(",", s.users()), s.concurrency(), s.warmupSeconds(), s.seconds(), s.oltpUrl());
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < s.concurrency(); i++) {
            Viewer viewer = viewers.get(i % viewers.size());
            workers.add(Thread.ofPlatform().daemon().start(() -> work(viewer, running)));
        }
        TimeUnit.SECONDS.sleep(s.warmupSeconds());
        StackCpu stack = new StackCpu(Path.of(".crm", "run"));
        PgStatements pg = PgStatements.open(s.pg().url(), s.pg().user(), s.pg().password());
        Map<Long, PgStatements.Entry> statementsBefore = pg == null ? Map.of() : pg.read();
        Map<String, Double> cpuBefore = stack.read();
        latency.values().forEach(Recorder::reset);
        failures.clear();
        refused.reset();
        long start = System.nanoTime();
        TimeUnit.SECONDS.sleep(s.seconds());
        Map<Op, org.HdrHistogram.Histogram> measured = new EnumMap<>(Op.class);
        latency.forEach((op, recorder) -> measured.put(op, recorder.getIntervalHistogram()));
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Double> cpuAfter = stack.read();
        Map<Long, PgStatements.Entry> statementsAfter = pg == null ? Map.of() : pg.read();
        running.set(false);
        for (Thread worker : workers) {
            worker.join(5_000);
        }
        int exit = report(measured, elapsed);
        StackCpu.print(cpuBefore, cpuAfter, elapsed, Runtime.getRuntime().availableProcessors());
        if (pg != null) {
            PgStatements.print(statementsBefore, statementsAfter, s.statements());
            pg.close();
        }
        return exit;
    }

    private void work(Viewer viewer, AtomicBoolean running) {
        try (HttpConnection http = new HttpConnection(URI.create(s.oltpUrl()), viewer.header())) {
            while (running.get()) {
                Op op = s.only() != null ? s.only() : draw();
                long begin = System.nanoTime();
                String failure;
                long customer = op.write ? viewer.writableCustomer(ThreadLocalRandom.current())
                        : viewer.customer(ThreadLocalRandom.current());
                try {
                    int status = call(http, viewer, op, customer);
                    if (status == 403 && op.write) {
                        // a read-only team seat: the app is right to refuse; write elsewhere from now on
                        viewer.readOnly().add(customer);
                        refused.increment();
                        continue;
                    }
                    failure = status < 300 ? null : op.name().toLowerCase() + " " + status;
                } catch (IOException e) {
                    failure = op.name().toLowerCase() + " " + e.getClass().getSimpleName();
                }
                long micros = (System.nanoTime() - begin) / 1_000;
                if (failure == null) {
                    latency.get(op).recordValue(micros);
                } else {
                    failures.computeIfAbsent(failure, k -> new LongAdder()).increment();
                }
            }
        }
    }

    private int call(HttpConnection http, Viewer viewer, Op op, long customer) throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return switch (op) {
            case CUSTOMER_LIST -> http.send("GET", "/api/v1/customers?size=20&page=" + random.nextInt(5)
                    + FILTERS[random.nextInt(FILTERS.length)], null).status();
            case CUSTOMER_DETAIL -> http.send("GET", "/api/v1/customers/" + customer, null).status();
            case CUSTOMER_FOLLOW_UPS -> http.send("GET", "/api/v1/customers/" + customer + "/follow-ups?size=20", null).status();
            case LEAD_LIST -> http.send("GET", "/api/v1/leads?size=20&page=" + random.nextInt(3), null).status();
            case OPPORTUNITY_LIST -> http.send("GET", "/api/v1/opportunities?size=20&status=OPEN", null).status();
            case TASKS_TODAY -> http.send("GET", "/api/v1/tasks?view=today", null).status();
            case FOLLOW_UP_WRITE -> http.send("POST", "/api/v1/follow-ups", """
                    {"subjectType":"CUSTOMER","subjectId":%d,"kind":"COMMUNICATION","method":"PHONE",\
                    "content":"压测回访 %d","occurredAt":"%s"}""".formatted(customer, random.nextInt(1_000_000),
                    Instant.now().minusSeconds(5))).status();
            case OPPORTUNITY_WRITE -> http.send("POST", "/api/v1/opportunities", """
                    {"name":"压测商机 %d","amount":%d,"stageId":%d,"customerId":%d}""".formatted(random.nextInt(1_000_000),
                    1_000 + random.nextInt(100_000), viewer.stage(random), customer)).status();
        };
    }

    private static Op draw() {
        int n = ThreadLocalRandom.current().nextInt(100);
        for (Op op : Op.values()) {
            n -= op.weight;
            if (n < 0) {
                return op;
            }
        }
        return Op.CUSTOMER_LIST;
    }

    private int report(Map<Op, org.HdrHistogram.Histogram> measured, double seconds) {
        long total = 0;
        System.out.printf("%n%-20s %9s %8s %8s %8s %8s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        double listP95 = 0;
        double detailP95 = 0;
        for (Op op : Op.values()) {
            org.HdrHistogram.Histogram h = measured.get(op);
            total += h.getTotalCount();
            double p95 = h.getValueAtPercentile(95) / 1000.0;
            if (op.list) {
                listP95 = Math.max(listP95, p95);
            } else if (op == Op.CUSTOMER_DETAIL) {
                detailP95 = p95;
            }
            System.out.printf("%-20s %9d %8.1f %8.1f %8.1f %8.1f%n", op.name().toLowerCase(), h.getTotalCount(),
                    h.getValueAtPercentile(50) / 1000.0, p95, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
        }
        double rate = total / seconds;
        Map<String, Long> failed = new TreeMap<>();
        failures.forEach((what, n) -> failed.put(what, n.sum()));
        long errors = failed.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%nsustained %.1f requests/s over %.0f s, %d failed requests%s%n", rate, seconds, errors,
                failed.isEmpty() ? "" : " " + failed);
        if (refused.sum() > 0) {
            System.out.printf("(%d writes refused with 403 on customers seen through a read-only team seat, as they should be;"
                    + " not counted, and those customers not written again)%n", refused.sum());
        }
        boolean met = listP95 <= 30 && detailP95 <= 15 && rate >= 800 && errors == 0;
        System.out.printf("targets: list pages p95 ≤ 30 ms (worst %.1f), detail p95 ≤ 15 ms (%.1f), ≥ 800 requests/s (%.1f): %s%n",
                listP95, detailP95, rate, met ? "met" : "NOT met");
        return 0;
    }

    /**
     * A logged-in demo user with the customers and stages they may use; {@code readOnly}: the customers they see
     * through a read-only team seat, found by a refused write.
     */
    record Viewer(String token, long[] customers, long[] stages, Set<Long> readOnly) {

        static Viewer login(String base, String user, String password, ObjectMapper json) throws IOException {
            try (HttpConnection http = new HttpConnection(URI.create(base), "")) {
                HttpConnection.Response login = http.send("POST", "/api/v1/auth/login",
                        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
                if (login.status() != 200) {
                    throw new IOException("login of " + user + " answered " + login.status() + ": " + login.body());
                }
                String token = json.readTree(login.body()).get("token").asString();
                try (HttpConnection as = new HttpConnection(URI.create(base), "Authorization: Bearer " + token + "\r\n")) {
                    long[] customers = ids(json, as.send("GET", "/api/v1/customers?size=100", null), "items");
                    long[] stages = ids(json, as.send("GET", "/api/v1/stages", null), null);
                    if (customers.length == 0 || stages.length == 0) {
                        throw new IOException(user + " sees no customers or stages: seed the stack first (./crm up)");
                    }
                    return new Viewer(token, customers, stages, ConcurrentHashMap.newKeySet());
                }
            }
        }

        private static long[] ids(ObjectMapper json, HttpConnection.Response response, String field) throws IOException {
            if (response.status() != 200) {
                throw new IOException("answered " + response.status() + ": " + response.body());
            }
            JsonNode node = json.readTree(response.body());
            JsonNode items = field == null ? node : node.get(field);
            long[] ids = new long[items.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = items.get(i).get("id").asLong();
            }
            return ids;
        }

        String header() {
            return "Authorization: Bearer " + token + "\r\n";
        }

        long customer(ThreadLocalRandom random) {
            return customers[random.nextInt(customers.length)];
        }

        /** A customer the viewer may write on, as far as the refused writes tell (any, if all were refused). */
        long writableCustomer(ThreadLocalRandom random) {
            for (int attempt = 0; attempt < 20; attempt++) {
                long candidate = customer(random);
                if (!readOnly.contains(candidate)) {
                    return candidate;
                }
            }
            return customer(random);
        }

        long stage(ThreadLocalRandom random) {
            return stages[random.nextInt(stages.length)];
        }
    }
}
