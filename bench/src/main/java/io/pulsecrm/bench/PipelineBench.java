package io.pulsecrm.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * The stream-analytics figures of issue 5 side by side in one run, with the writes made straight in PostgreSQL
 * (JDBC), so that what is measured is the pipeline — WAL, Debezium, Kafka, Kafka Streams (exactly once), the sink,
 * ClickHouse — and not oltp-app's REST path:
 *
 * <ol>
 * <li><b>Throughput</b>: {@code --events} opportunities inserted in transactions of {@code --batch} rows as fast
 * as PostgreSQL takes them, then all of them moved to another stage the same way (updates with before-images).
 * The pipeline falls behind and drains; end-to-end change events per second = the events over the time from the
 * first commit until every output in ClickHouse shows the last one: the stage's open count, the funnel's entries
 * and the mirrored deals ({@link ClickHouseProbe#everywhereCount}).</li>
 * <li><b>Freshness</b>: single-row transactions paced at {@code --rate} writes/s for {@code --seconds}; commit →
 * visible in the manager's open count per write, as {@link VisibilityPoller} measures it; then how long after the
 * last write every output had them all.</li>
 * </ol>
 * Each phase prints the CPU every process of the stack used. The rows are removed afterwards unless {@code --keep}.
 */
final class PipelineBench {

    record Settings(BenchArgs.Pg pg, BenchArgs.ClickHouse clickhouse, int warmEvents, int events,
                    int batch, int rate, int seconds, int warmupSeconds, int concurrency, int pollMs, boolean keep) {

        static Settings from(BenchArgs a) {
            return new Settings(a.pg(),
                    a.clickhouse(),
                    a.count("warm-events", 20_000),
                    a.integer("events", 100_000), a.integer("batch", 500), a.integer("rate", 2_000),
                    a.integer("seconds", 30), a.integer("warmup", 5), a.integer("concurrency", 16),
                    a.integer("poll-ms", 50), a.flag("keep"));
        }
    }

    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(5);
    private static final String INSERT_BATCH = """
            insert into opportunity (name, amount, stage_id, owner_id, owner_dept_id, created_by)
            select 'bench ' || g, 1000 + g % 9000, ?, u.id, u.department_id, u.id
            from generate_series(?, ?) g, app_user u where u.id = ?""";
    /** One deal as an application writes it: values only, the owner's department known beforehand. */
    private static final String INSERT_ONE = """
            insert into opportunity (name, amount, stage_id, owner_id, owner_dept_id, created_by)
            values (?, ?, ?, ?, ?, ?)""";
    private static final String MOVE_BATCH = """
            update opportunity set stage_id = ?, updated_at = now(), version = version + 1
            where id in (select id from opportunity where stage_id = ? limit ?)""";

    private final Settings s;
    private final StackCpu cpu = new StackCpu(Path.of(".crm", "run"));
    private final int cores = Runtime.getRuntime().availableProcessors();

    PipelineBench(Settings settings) {
        this.s = settings;
    }

    int run() throws Exception {
        long runId = System.currentTimeMillis() % 1_000_000_000L;
        try (Connection pg = DriverManager.getConnection(s.pg().url(), s.pg().user(), s.pg().password());
             ClickHouseProbe probe = new ClickHouseProbe(s.clickhouse())) {
            long owner = queryLong(pg, "select id from app_user where enabled order by id limit 1");
            long ownerDept = queryLong(pg, "select department_id from app_user where id = " + owner);
            long warmFirst = stage(pg, "bench-pipeline-" + runId + "-w1");
            long warmSecond = stage(pg, "bench-pipeline-" + runId + "-w2");
            long first = stage(pg, "bench-pipeline-" + runId + "-a");
            long second = stage(pg, "bench-pipeline-" + runId + "-b");
            long paced = stage(pg, "bench-pipeline-" + runId + "-c");
            boolean ok;
            try {
                ok = warmUp(pg, probe, owner, warmFirst, warmSecond)
                        && throughput(pg, probe, owner, first, second) & freshness(probe, owner, ownerDept, paced);
            } finally {
                if (!s.keep()) {
                    cleanUp(pg, List.of(warmFirst, warmSecond, first, second, paced));
                }
            }
            return ok ? 0 : 1;
        }
    }

    /**
     * The same inserts and moves, smaller and unmeasured: the first round after a start spends about a third
     * of the stream processors' CPU in the JIT compiler, which is not the pipeline's sustained rate.
     */
    private boolean warmUp(Connection pg, ClickHouseProbe probe, long owner, long first, long second) throws Exception {
        if (s.warmEvents() <= 0) {
            return true;
        }
        long start = System.nanoTime();
        insertAll(pg, first, owner, s.warmEvents());
        boolean visible = awaitCount(probe, first, s.warmEvents()) > 0;
        if (visible) {
            moveAll(pg, first, second, s.warmEvents());
            visible = awaitCount(probe, second, s.warmEvents()) > 0;
        }
        System.out.printf("pipeline warm-up: %,d inserts and %,d stage moves, %s in %.1f s (not measured; --warm-events)%n%n",
                s.warmEvents(), s.warmEvents(), visible ? "all visible" : "NOT all visible", seconds(System.nanoTime() - start));
        return visible;
    }

    private boolean throughput(Connection pg, ClickHouseProbe probe, long owner, long first, long second)
            throws Exception {
        System.out.printf("pipeline throughput: %,d inserts then %,d stage moves, %d rows a transaction, straight into PostgreSQL%n",
                s.events(), s.events(), s.batch());
        Map<String, Double> cpuBefore = cpu.read();
        long start = System.nanoTime();
        insertAll(pg, first, owner, s.events());
        long inserted = System.nanoTime();
        long insertsVisible = awaitCount(probe, first, s.events());
        if (insertsVisible == 0) {
            System.out.printf("  inserts           written in %.1f s; NOT all visible in ClickHouse within %d s: no moves%n",
                    seconds(inserted - start), DRAIN_LIMIT.toSeconds());
            StackCpu.print(cpuBefore, cpu.read(), seconds(System.nanoTime() - start), cores);
            return false;
        }
        moveAll(pg, first, second, s.events());
        long movesWritten = System.nanoTime();
        long movesVisible = awaitCount(probe, second, s.events());
        Map<String, Double> cpuAfter = cpu.read();

        boolean drained = insertsVisible > 0 && movesVisible > 0;
        System.out.printf("  inserts           written in %.1f s (%,.0f rows/s); all visible in ClickHouse %s after the first commit%n",
                seconds(inserted - start), s.events() / seconds(inserted - start), at(insertsVisible, start));
        System.out.printf("  stage moves       written in %.1f s; all visible %s after the first move%n",
                seconds(movesWritten - insertsVisible), at(movesVisible, insertsVisible));
        if (drained) {
            double perSecond = 2.0 * s.events() / seconds(movesVisible - start);
            System.out.printf("  end to end        %,.0f change events/s (%,d events, first commit → last visible %.1f s; target 8,000: %s)%n",
                    perSecond, 2 * s.events(), seconds(movesVisible - start), perSecond >= 8_000 ? "met" : "NOT met");
        } else {
            System.out.printf("  end to end        NOT drained within %d s%n", DRAIN_LIMIT.toSeconds());
        }
        StackCpu.print(cpuBefore, cpuAfter, seconds(System.nanoTime() - start), cores);
        return drained;
    }

    private boolean freshness(ClickHouseProbe probe, long owner, long ownerDept, long stage) throws Exception {
        int total = s.rate() * s.seconds();
        System.out.printf("%npipeline freshness: %,d single-row transactions/s for %d s (first %d s warm-up), %d connections%n",
                s.rate(), s.seconds(), s.warmupSeconds(), s.concurrency());
        AtomicLongArray commitNanos = new AtomicLongArray(total);
        AtomicInteger committed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Histogram visible = new Histogram(TimeUnit.SECONDS.toNanos(120), 3);
        Map<String, Double> cpuBefore = cpu.read();
        long start = System.nanoTime();
        long warmupEnd = start + TimeUnit.SECONDS.toNanos(s.warmupSeconds());
        long interval = TimeUnit.SECONDS.toNanos(1) / s.rate();
        VisibilityPoller poller = new VisibilityPoller(probe, stage, commitNanos, committed, warmupEnd, visible,
                s.pollMs());
        Thread pollThread = Thread.ofPlatform().name("clickhouse-poller").start(poller);
        BlockingQueue<Integer> due = new LinkedBlockingQueue<>();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < s.concurrency(); w++) {
            writers.add(Thread.ofPlatform().name("writer-" + w).start(() -> write(due, stage, owner, ownerDept,
                    commitNanos, committed, failed)));
        }
        Pacer.run(start, interval, total, due, writers);
        long loadEnd = System.nanoTime();
        boolean caughtUp = poller.awaitVisible(committed.get(), Duration.ofSeconds(60));
        poller.stop();
        pollThread.join();
        long everywhere = caughtUp ? awaitCount(probe, stage, committed.get()) : 0;
        Map<String, Double> cpuAfter = cpu.read();

        double seconds = seconds(loadEnd - start);
        boolean sustained = committed.get() / seconds >= 0.95 * s.rate();
        System.out.printf("  writes            %,d committed, %d failed, in %.1f s → %,.0f writes/s%n",
                committed.get(), failed.get(), seconds, committed.get() / seconds);
        System.out.printf("  commit → visible  p50 %s  p95 %s  p99 %s  max %s  (n=%d after warm-up)%n",
                VisibilityPoller.ms(visible, 50), VisibilityPoller.ms(visible, 95), VisibilityPoller.ms(visible, 99),
                VisibilityPoller.msOf(visible.getMaxValue()), visible.getTotalCount());
        System.out.printf("  by commit time    p50/p99 %s%n", poller.timeline(start, Duration.ofSeconds(5)));
        System.out.printf("  every output      (funnel, mirror, pipeline) showed every write %s after the last one%n",
                at(everywhere, loadEnd));
        boolean met = sustained && caughtUp && visible.getValueAtPercentile(99) <= TimeUnit.SECONDS.toNanos(1);
        System.out.printf("  target p99 ≤ 1 s at %,d writes/s: %s%s%n", s.rate(), met ? "met" : "NOT met",
                sustained ? "" : " (the rate was not sustained)");
        StackCpu.print(cpuBefore, cpuAfter, seconds(System.nanoTime() - start), cores);
        return caughtUp && everywhere > 0 && failed.get() == 0;
    }

    private void write(BlockingQueue<Integer> due, long stage, long owner, long ownerDept,
            AtomicLongArray commitNanos, AtomicInteger committed, AtomicInteger failed) {
        try (Connection c = DriverManager.getConnection(s.pg().url(), s.pg().user(), s.pg().password());
             PreparedStatement insert = c.prepareStatement(INSERT_ONE)) {
            for (int i = Pacer.take(due); i >= 0; i = Pacer.take(due)) {
                try {
                    insert.setString(1, "bench " + i);
                    insert.setBigDecimal(2, BigDecimal.valueOf(1000 + i % 9000));
                    insert.setLong(3, stage);
                    insert.setLong(4, owner);
                    insert.setLong(5, ownerDept);
                    insert.setLong(6, owner);
                    insert.executeUpdate(); // autocommit: the statement's return is the commit
                    commitNanos.set(committed.getAndIncrement(), System.nanoTime());
                } catch (SQLException e) {
                    if (failed.getAndIncrement() < 3) {
                        System.err.println("write failed: " + e.getMessage());
                    }
                }
            }
        } catch (SQLException e) {
            System.err.println("writer could not connect: " + e.getMessage());
        }
    }

    /** {@code count} deals inserted into {@code stage} in transactions of {@code --batch} rows. */
    private void insertAll(Connection pg, long stage, long owner, int count) throws SQLException {
        inBatches(pg, INSERT_BATCH, count, (insert, from, size) -> {
            insert.setLong(1, stage);
            insert.setInt(2, from);
            insert.setInt(3, from + size - 1);
            insert.setLong(4, owner);
        });
    }

    /** {@code count} deals of stage {@code from} moved to {@code to}, {@code --batch} a transaction. */
    private void moveAll(Connection pg, long from, long to, int count) throws SQLException {
        inBatches(pg, MOVE_BATCH, count, (move, first, size) -> {
            move.setLong(1, to);
            move.setLong(2, from);
            move.setInt(3, size);
        });
    }

    /** Binds one transaction's statement: rows {@code from} to {@code from + size - 1} of the phase. */
    @FunctionalInterface
    private interface BatchBinder {
        void bind(PreparedStatement statement, int from, int size) throws SQLException;
    }

    private void inBatches(Connection pg, String sql, int count, BatchBinder binder) throws SQLException {
        pg.setAutoCommit(false);
        try (PreparedStatement statement = pg.prepareStatement(sql)) {
            for (int from = 0; from < count; from += s.batch()) {
                binder.bind(statement, from, Math.min(s.batch(), count - from));
                statement.executeUpdate();
                pg.commit();
            }
        } finally {
            pg.setAutoCommit(true);
        }
    }

    /**
     * Nanos at which every output in ClickHouse first showed {@code count} deals in {@code stage}, or 0 if that did
     * not happen within the drain limit. The manager's open count is polled first (cheap); the outputs that scan more
     * only once it is there.
     */
    private long awaitCount(ClickHouseProbe probe, long stage, long count) throws Exception {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        boolean openCountThere = false;
        while (System.nanoTime() < deadline) {
            openCountThere = openCountThere || probe.openCount(stage) >= count;
            if (openCountThere && probe.everywhereCount(stage) >= count) {
                return System.nanoTime();
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(s.pollMs()));
        }
        return 0;
    }

    private static long stage(Connection pg, String name) throws SQLException {
        try (PreparedStatement insert = pg.prepareStatement(
                "insert into opportunity_stage (name, position, win_rate) values (?, 9000, 50) returning id")) {
            insert.setString(1, name);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void cleanUp(Connection pg, List<Long> stages) throws SQLException {
        try (PreparedStatement deals = pg.prepareStatement("delete from opportunity where stage_id = ?");
             PreparedStatement stage = pg.prepareStatement("delete from opportunity_stage where id = ?")) {
            for (long id : stages) {
                deals.setLong(1, id);
                deals.executeUpdate();
                stage.setLong(1, id);
                stage.executeUpdate();
            }
        }
        System.out.printf("%n  cleaned up        the bench stages %s and their opportunities (use --keep to leave them)%n", stages);
    }

    private static long queryLong(Connection pg, String sql) throws SQLException {
        try (var st = pg.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new SQLException("no row: " + sql);
            }
            return rs.getLong(1);
        }
    }


    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String at(long nanos, long since) {
        return nanos == 0 ? "never (limit " + DRAIN_LIMIT.toSeconds() + " s)" : String.format("%.1f s", seconds(nanos - since));
    }
}
