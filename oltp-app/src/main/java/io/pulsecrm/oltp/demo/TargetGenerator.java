package io.pulsecrm.oltp.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import io.pulsecrm.oltp.demo.Org.SalesDepartment;
import io.pulsecrm.oltp.demo.Org.Seller;

/**
 * Monthly sales targets (contract amount and receipts) for every seller and every sales department,
 * set a little above what the seller sold on average, shaped by the season: some months are beaten,
 * some missed, as in real life. A department's target is the sum of its sellers'.
 */
final class TargetGenerator {

    /** Targets are round to ten thousand yuan. */
    private static final long STEP_CENTS = 1_000_000;
    private static final long FLOOR_CENTS = 5_000_000;

    private TargetGenerator() {
    }

    static void generate(DemoContext context, SplittableRandom random) {
        Timeline timeline = context.timeline;
        Actuals actuals = context.actuals;
        int months = actuals.months();
        double[] season = new double[months];
        double seasonSum = 0;
        for (int m = 0; m < months; m++) {
            LocalDate first = timeline.month(m);
            for (LocalDate day = first; day.getMonth() == first.getMonth(); day = day.plusDays(1)) {
                season[m] += context.seasons.at(day.toEpochDay());
            }
            seasonSum += season[m];
        }
        List<Seller> sellers = context.org.sellers();
        long[][] contractTargets = new long[sellers.size()][months];
        long[][] receiptTargets = new long[sellers.size()][months];
        for (Seller seller : sellers) {
            long contracts = 0;
            long receipts = 0;
            for (int m = 0; m < months; m++) {
                contracts += actuals.contracts(seller.index(), m);
                receipts += actuals.receipts(seller.index(), m);
            }
            for (int m = 0; m < months; m++) {
                double stretch = 1.0 + 0.2 * random.nextDouble();
                contractTargets[seller.index()][m] = target(contracts * season[m] / seasonSum * stretch);
                receiptTargets[seller.index()][m] = target(receipts * season[m] / seasonSum * stretch);
                write(context, m, seller.userId(), 0, contractTargets[seller.index()][m],
                        receiptTargets[seller.index()][m]);
            }
        }
        for (SalesDepartment department : context.org.salesDepartments()) {
            for (int m = 0; m < months; m++) {
                long contracts = 0;
                long receipts = 0;
                for (Seller seller : department.sellers()) {
                    contracts += contractTargets[seller.index()][m];
                    receipts += receiptTargets[seller.index()][m];
                }
                write(context, m, 0, department.deptId(), contracts, receipts);
            }
        }
    }

    private static long target(double expectedCents) {
        return Money.roundUp(Math.max(FLOOR_CENTS, (long) expectedCents), STEP_CENTS);
    }

    /** Set a few days before the month starts (the first month: at go-live). */
    private static void write(DemoContext context, int month, long userId, long deptId, long contracts, long receipts) {
        LocalDate first = context.timeline.month(month);
        long set = Math.max(Timeline.at(first.toEpochDay() - 5, 10 * 3600),
                Timeline.at(context.timeline.startDay, 9 * 3600));
        context.rows(DemoTable.SALES_TARGET).num(context.id(DemoTable.SALES_TARGET)).num(first.getYear())
                .num(first.getMonthValue()).ref(userId).ref(deptId).money(contracts).money(receipts).ts(set).ts(set)
                .end();
    }
}
