package io.pulsecrm.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Entry point of {@code ./crm bench <name> [--option value …]}. */
public final class BenchCli {

    private BenchCli() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0 || argv[0].equals("help") || List.of(argv).contains("--help")) {
            printUsage();
            return;
        }
        String[] options = Arrays.copyOfRange(argv, 1, argv.length);
        String name = argv[0];
        int exit = switch (name) {
            case "freshness" -> run(name, options, FreshnessBench.Settings::from, s -> new FreshnessBench(s).run());
            case "pipeline" -> run(name, options, PipelineBench.Settings::from, s -> new PipelineBench(s).run());
            case "crm" -> run(name, options, CrmLoadBench.Settings::from, s -> new CrmLoadBench(s).run());
            case "scope" -> run(name, options, ScopeBench.Settings::from, s -> new ScopeBench(s).run());
            case "dashboards" -> run(name, options, DashboardBench.Settings::from, s -> new DashboardBench(s).run());
            default -> {
                printUsage();
                System.err.println("unknown benchmark: " + argv[0]);
                yield 2;
            }
        };
        System.exit(exit);
    }

    /** A benchmark run: its settings read from the options, which must all be its own, before anything starts. */
    @FunctionalInterface
    private interface Run<S> {
        int with(S settings) throws Exception;
    }

    /**
     * Options it cannot run with (a stray argument, a malformed value, an option it does not know) print the reason,
     * naming the option, and give exit status 2, before anything started.
     */
    private static <S> int run(String name, String[] options, Function<BenchArgs, S> settings, Run<S> bench)
            throws Exception {
        S read;
        try {
            BenchArgs args = BenchArgs.parse(options);
            read = settings.apply(args);
            args.refuseUnread(name);
        } catch (IllegalArgumentException e) {
            System.err.println("crm bench: " + e.getMessage());
            return 2;
        }
        return bench.with(read);
    }

    private static void printUsage() {
        System.out.println("""
                usage: ./crm bench <benchmark> [options]   (the stack must be running: ./crm up)

                  freshness   paced opportunity writes through the REST API; prints commit → visible-in-ClickHouse
                              latency p50/p95/p99 and the sustained rate
                              --rate 500 (writes/s)  --seconds 60  --warmup 5  --concurrency 16 (writer threads)
                              --oltp http://127.0.0.1:8080  --clickhouse jdbc:clickhouse:http://127.0.0.1:58123
                              --database crm  --poll-ms 50  --keep (leave the bench data in place)

                  pipeline    issue 5's figures side by side, writes straight into PostgreSQL (JDBC): end-to-end change
                              events/s (inserts, then stage moves, in multi-row transactions; first commit → the last
                              visible in ClickHouse) and commit → visible p50/p95/p99 of paced single-row transactions;
                              prints each stack process's CPU per phase
                              --warm-events 20000 (an unmeasured round first: JIT)  --events 100000  --batch 500
                              (rows a transaction)  --rate 2000 (writes/s)  --seconds 30  --warmup 5
                              --concurrency 16 (connections)  --poll-ms 50  --keep
                              --pg jdbc:postgresql://127.0.0.1:55432/crm  --clickhouse jdbc:clickhouse:http://127.0.0.1:58123

                  crm         the reps' app under a mixed closed-loop load (scoped/filtered lists, details, follow-up and
                              deal writes captured by CDC) as several demo users; prints p50/p95/p99 per request type and
                              the sustained requests/s. For the 1,000,000-customer figures start the stack with
                              `./crm reset && CRM_DEMO_SCALE=bench ./crm up` first.
                              Also prints each stack process's CPU and PostgreSQL's top statements (pg_stat_statements)
                              over the measured window.
                              --seconds 60  --warmup 15  --concurrency 16  --users zhangwei,lina,…  --password demo123456
                              --statements 8 (how many)  --pg jdbc:postgresql://127.0.0.1:55432/crm
                              --only customer_detail (one request type instead of the mix)

                  scope       ~20 department changes of a manager, committed in PostgreSQL; prints how long each took to
                              change what the manager's own dashboards chart shows, p50/p95/max
                              --changes 20  --poll-ms 20  --oltp http://127.0.0.1:8080  --dashboards http://127.0.0.1:8090
                              --pg jdbc:postgresql://127.0.0.1:55432/crm  --admin-password (CRM_ADMIN_PASSWORD)  --keep

                  dashboards  issue 6's speed figures: each manager-dashboard widget's queries on ClickHouse (the warehouse
                              helpers the widgets call) vs the same figures in plain SQL on PostgreSQL, for ALL, a
                              DEPT_AND_CHILDREN manager and a SELF rep, month and year: p50/p95, speed-up, whether both
                              sides agree; then the segment preview count over the customers. Loads its own databases
                              (crm_bench in both; the demo data is untouched) once, reused by later runs.
                              --facts 10000000  --reload  --iterations 30  --warmup 5  --budget-seconds 20 (a side, a cell)
                              --only brief,kpi,trend,leaderboard,pool,pipeline,funnel,forecast,receivables,accuracy,roi,segment
                                (some of them; all by default)
                              --pg jdbc:postgresql://127.0.0.1:55432/crm (its server; database --pg-bench …/crm_bench)
                              --clickhouse jdbc:clickhouse:http://127.0.0.1:58123  --bench-database crm_bench
                """);
    }
}
