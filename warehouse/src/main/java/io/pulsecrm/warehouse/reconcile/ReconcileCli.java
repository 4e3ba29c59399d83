package io.pulsecrm.warehouse.reconcile;

import io.pulsecrm.warehouse.ClickHouseDataSources;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./crm reconcile [--wait <seconds>] [--zone <zone>]}: PostgreSQL (the truth) against ClickHouse, every
 * difference printed; exit 0 when there is none, 1 when there is any, 2 when the comparison could not run.
 */
public final class ReconcileCli {

    private ReconcileCli() {}

    public static void main(String[] args) {
        // as for the sink: the library jar imposes no logback.xml, so the command picks its own
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "reconcile-logback.xml");
        }
        System.exit(run(System.getenv(), System.out, System.err, args));
    }

    /** The whole command, minus the exit: its exit code. */
    public static int run(Map<String, String> env, PrintStream out, PrintStream err, String... args) {
        ReconcileSettings settings;
        try {
            settings = ReconcileSettings.from(env, args);
        } catch (IllegalArgumentException e) {
            err.println("reconcile: " + e.getMessage());
            return ExitCode.COULD_NOT_RUN.code();
        }
        try (Connection postgres = DriverManager.getConnection(settings.pgUrl(), settings.pgUser(), settings.pgPassword());
             Connection clickHouse = ClickHouseDataSources.create(settings.clickHouse()).getConnection()) {
            postgres.setReadOnly(true);
            out.println("Reconciling PostgreSQL " + settings.pgUrl() + " with ClickHouse " + settings.clickHouse().jdbcUrl()
                    + " (months in " + settings.zone() + ")");
            return new Reconciliation(postgres, clickHouse, out).run(figures(settings.zone()), settings.catchUpWait()).code();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("reconcile: interrupted");
            return ExitCode.COULD_NOT_RUN.code();
        } catch (Exception e) {
            // unreachable database, failing query, …: no verdict at all, which must not read as "differences"
            err.println("reconcile: could not run: " + e);
            return ExitCode.COULD_NOT_RUN.code();
        }
    }

    static List<Figure> figures(ZoneId zone) {
        List<Figure> figures = new ArrayList<>(OwnerMonthFigures.all(zone));
        figures.add(PipelineFigure.figure());
        figures.addAll(CampaignFigures.all());
        figures.addAll(FunnelFigures.all(zone));
        figures.addAll(ForecastFigure.all(zone));
        figures.add(TableRowsFigure.figure());
        figures.add(SegmentMembersFigure.figure(zone));
        return figures;
    }
}
