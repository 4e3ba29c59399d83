package io.pulsecrm.oltp.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fills an empty CRM database with a believable Chinese B2B company: its organization, catalogue,
 * campaigns, and — at the given scale — leads, customers, deals, contracts, receipts and the
 * activity around them over the last years. Deterministic: the same seed and clock date give the
 * same data. Rows are streamed with COPY in one transaction, so a failed run leaves nothing behind.
 *
 * <p>Used at start-up by {@link DemoSeeder}, by benchmarks through {@link #generate}, and from a
 * shell through {@link #main}.
 */
public final class DemoDataGenerator {

    public static final long DEFAULT_SEED = 20_251_123L;
    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);
    /** Serialises seeding between instances started together on the same empty database. */
    private static final long SEED_LOCK = 0x5075_6c73_6543_524dL;
    /** Leads converted per customer: the customers not imported at go-live, 60% of which came from a lead. */
    private static final double CONVERTED_LEADS_PER_CUSTOMER = (1 - Arrivals.IMPORTED_SHARE) * 0.6;

    private DemoDataGenerator() {
    }

    /**
     * Generates the data unless the database already holds some (any stage or customer, or a user
     * besides the bootstrap {@code admin}); waits for a concurrent run to finish first.
     */
    public static DemoReport generate(DataSource dataSource, DemoScale scale, long seed, Clock clock) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select pg_advisory_xact_lock(" + SEED_LOCK + ")");
                }
                if (hasData(connection)) {
                    connection.rollback();
                    log.info("Demo data skipped: the database already has data");
                    return DemoReport.skipped(millisSince(start));
                }
                DemoReport report;
                try (CopyWriter writer = new CopyWriter(connection)) {
                    fill(connection, writer, scale, seed, clock);
                    DemoFinish.analyze(connection, writer.counts().keySet());
                    connection.commit();
                    report = new DemoReport(true, writer.counts(), millisSince(start));
                    log.info("Demo data: {} customers, {} rows in {} ms (COPY {} ms, overlapping generation), seed {},"
                            + " up to {}", scale.customers(), report.totalRows(), report.millis(), writer.copyMillis(),
                            seed, new Timeline(clock, 1).today);
                    log.info("Demo data rows per table: {}", writer.counts());
                    log.info("Demo data COPY ms per table: {}", writer.copyMillisByTable());
                }
                return report;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data generation failed", e);
        }
    }

    private static void fill(Connection connection, CopyWriter writer, DemoScale scale, long seed, Clock clock)
            throws SQLException {
        Timeline timeline = new Timeline(clock, scale.years());
        SplittableRandom random = new SplittableRandom(seed);
        Org org = OrgGenerator.generate(connection, writer, timeline, random);
        Catalogue catalogue = CatalogueGenerator.generate(connection, writer, timeline, org, random);
        DemoContext context = new DemoContext(writer, timeline, org, catalogue, scale);
        CustomerGenerator customers = new CustomerGenerator(context, seed);
        FollowUpGenerator followUps = new FollowUpGenerator(context);
        LeadGenerator leads = new LeadGenerator(context, followUps);
        PipelineGenerator pipeline = new PipelineGenerator(context, customers);
        ContractGenerator contracts = new ContractGenerator(context, new PaymentGenerator(context));
        TaskGenerator tasks = new TaskGenerator(context);
        double otherLeads = Math.max(0, scale.leadsPerCustomer() - CONVERTED_LEADS_PER_CUSTOMER);
        for (int i = 0; i < scale.customers(); i++) {
            CustomerStory story = customers.begin(i);
            if (story.leadId != 0) {
                leads.converted(story);
            }
            leads.unconverted(story, otherLeads);
            customers.contacts(story);
            pipeline.deals(story);
            contracts.contracts(story);
            followUps.customer(story);
            tasks.tasks(story);
            customers.finish(story);
            writer.flushIfFull();
            if ((i + 1) % 100_000 == 0) {
                log.info("Demo data: {} of {} customers", i + 1, scale.customers());
            }
        }
        TargetGenerator.generate(context, random);
        SegmentGenerator.generate(context);
        writer.flush();
        DemoFinish.linkConvertedLeads(connection);
        DemoFinish.advanceSequences(connection);
        DemoFinish.pauseRecycling(connection);
    }

    private static boolean hasData(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select (select count(*) from app_user) > 1"
                        + " or exists (select 1 from opportunity_stage) or exists (select 1 from customer)")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /**
     * Migrates the database (Flyway, as the app would) and generates into it. Arguments, all optional:
     * {@code --url= --user= --password=} (else {@code CRM_PG_URL}, {@code CRM_PG_USER}, {@code CRM_PG_PASSWORD},
     * else the app's defaults), {@code --scale=demo|bench}, {@code --customers=N}, {@code --seed=N},
     * {@code --today=YYYY-MM-DD} (else the system clock).
     */
    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        DataSource dataSource = new DriverManagerDataSource(
                option(options, "url", "CRM_PG_URL", "jdbc:postgresql://127.0.0.1:55432/crm"),
                option(options, "user", "CRM_PG_USER", "crm"), option(options, "password", "CRM_PG_PASSWORD", "crm"));
        DemoScale scale = "bench".equals(options.get("scale")) ? DemoScale.BENCH : DemoScale.DEMO;
        if (options.containsKey("customers")) {
            scale = scale.withCustomers(Integer.parseInt(options.get("customers")));
        }
        long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(DEFAULT_SEED)));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        Clock clock = Clock.systemUTC();
        if (options.containsKey("today")) {
            LocalDate today = LocalDate.parse(options.get("today"));
            clock = Clock.fixed(today.atTime(12, 0).toInstant(Timeline.CHINA), Timeline.CHINA);
        }
        DemoReport report = generate(dataSource, scale, seed, clock);
        if (!report.seeded()) {
            System.exit(1);
        }
    }

    private static String option(Map<String, String> options, String name, String env, String fallback) {
        String value = options.get(name);
        if (value == null) {
            value = System.getenv(env);
        }
        return value == null ? fallback : value;
    }
}
