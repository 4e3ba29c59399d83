package io.pulsecrm.warehouse.reconcile;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One run: read every figure on both sides and compare; while there are differences and {@code wait} has not passed,
 * compare again each half second, so that what the pipeline was still carrying (a change committed a moment before)
 * is not reported. What persists is printed, each difference with its key, with where ClickHouse's last captured
 * change and PostgreSQL's WAL stand (does the pipeline lag behind, or did it get something wrong?), and a summary.
 * No difference at any one comparison proves agreement at that moment, whether or not changes are still flowing,
 * so an idle stack answers at once.
 */
final class Reconciliation {

    private static final Duration AGAIN = Duration.ofMillis(500);

    private final Connection postgres;
    private final Connection clickHouse;
    private final PrintStream out;

    Reconciliation(Connection postgres, Connection clickHouse, PrintStream out) {
        this.postgres = postgres;
        this.clickHouse = clickHouse;
        this.out = out;
    }

    ExitCode run(List<Figure> figures, Duration wait) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Round round = compare(figures);
        while (!round.differences().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(AGAIN);
            round = compare(figures);
        }
        if (!round.differences().isEmpty()) {
            out.println("Differences persisting after " + wait.toSeconds() + " s; ClickHouse's last captured change is at "
                    + WalPositions.lsnText(WalPositions.clickHouseVersion(clickHouse)) + ", PostgreSQL's WAL at "
                    + WalPositions.lsnText(WalPositions.postgresLsn(postgres)));
        }
        for (Figured figured : round.differences()) {
            out.println("DIFFERENCE " + figured.difference().describe(figured.figure().keyColumns()));
        }
        out.println("Summary: " + figures.size() + " figures, " + round.keys() + " PostgreSQL keys, "
                + round.differences().size() + " differences (" + String.join(", ", round.perFigure()) + ")");
        return ExitCode.of(round.differences().stream().map(Figured::difference).toList());
    }

    private record Figured(Figure figure, Difference difference) {
    }

    private record Round(List<Figured> differences, List<String> perFigure, int keys) {
    }

    private Round compare(List<Figure> figures) throws SQLException {
        List<Figured> all = new ArrayList<>();
        List<String> perFigure = new ArrayList<>();
        int keys = 0;
        for (Figure figure : figures) {
            FigureRows pg = figure.readPostgres(postgres);
            FigureRows ch = FigureReader.read(clickHouse, figure, figure.clickHouseSql());
            List<Difference> differences = Comparison.compare(figure, pg, ch);
            differences.forEach(d -> all.add(new Figured(figure, d)));
            keys += pg.byKey().size();
            perFigure.add(figure.name() + " " + differences.size());
        }
        return new Round(all, perFigure, keys);
    }
}
