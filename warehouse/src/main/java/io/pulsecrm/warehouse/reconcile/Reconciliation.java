package io.pulsecrm.warehouse.reconcile;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One run: take PostgreSQL's WAL position, wait (bounded) for ClickHouse to reach it, then read every figure on both
 * sides and compare, printing each difference as it is found and a summary at the end.
 */
final class Reconciliation {

    private final Connection postgres;
    private final Connection clickHouse;
    private final PrintStream out;

    Reconciliation(Connection postgres, Connection clickHouse, PrintStream out) {
        this.postgres = postgres;
        this.clickHouse = clickHouse;
        this.out = out;
    }

    ExitCode run(List<Figure> figures, Duration wait) throws SQLException, InterruptedException {
        Watermark watermark = Watermark.await(Watermark.postgresLsn(postgres), this::clickHouseVersion, wait);
        out.println(watermark.caughtUp()
                ? "ClickHouse has caught up with PostgreSQL (WAL " + Watermark.lsnText(watermark.postgresLsn()) + ")"
                : "POSSIBLY STALE: ClickHouse is at " + Watermark.lsnText(watermark.clickHouseVersion())
                        + ", PostgreSQL at " + Watermark.lsnText(watermark.postgresLsn()) + " after waiting " + wait.toSeconds()
                        + " s; comparing anyway");
        List<Difference> all = new ArrayList<>();
        List<String> perFigure = new ArrayList<>();
        int keys = 0;
        for (Figure figure : figures) {
            FigureRows pg = FigureReader.read(postgres, figure, figure.postgresSql());
            FigureRows ch = FigureReader.read(clickHouse, figure, figure.clickHouseSql());
            List<Difference> differences = Comparison.compare(figure, pg, ch);
            differences.forEach(d -> out.println("DIFFERENCE " + d.describe(figure.keyColumns())));
            keys += pg.byKey().size();
            perFigure.add(figure.name() + " " + differences.size());
            all.addAll(differences);
        }
        out.println("Summary: " + figures.size() + " figures, " + keys + " PostgreSQL keys, " + all.size()
                + " differences (" + String.join(", ", perFigure) + ")" + (watermark.caughtUp() ? "" : ", possibly stale"));
        return ExitCode.of(all);
    }

    private long clickHouseVersion() {
        try {
            return Watermark.clickHouseVersion(clickHouse);
        } catch (SQLException e) {
            throw new IllegalStateException("reading sink_progress: " + e.getMessage(), e);
        }
    }
}
