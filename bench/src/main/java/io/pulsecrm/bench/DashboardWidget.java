package io.pulsecrm.bench;

import io.pulsecrm.warehouse.query.sales.DayRange;
import io.pulsecrm.warehouse.query.sales.SalesFact;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The manager dashboard's widgets as the bench reads them: each is the set of queries the dashboards widget makes
 * (dashboards' {@code board}/{@code sales} packages), read one after the other as the widget's {@code read} does, so a
 * widget's time is what its card waits for. The dashboard is looked at on {@link BenchDataset#AS_OF}.
 */
enum DashboardWidget {
    /** Six facts' totals in the period and in the period before it: twelve queries. */
    BRIEF,
    /** Targets of the KPI period, then contracts and receipts per department and per owner: five queries. */
    KPI,
    /** Contracts and receipts per month of this year and last: two queries. */
    TREND,
    /** Contracts and receipts per owner in the period: two queries. */
    LEADERBOARD,
    /** Pool moves per kind in the period: one query. */
    POOL,
    /** Open deals by stage now, not narrowed by the period: one query. */
    PIPELINE,
    /** Entries, time in step, backward moves, stages, then a conversion per step entered: up to 14 queries. */
    FUNNEL,
    /** Weighted pipeline by close month and category, six months from the period's last: one query. */
    FORECAST,
    /** Outstanding payment plans per overdue bucket on the period's last day (today at the latest): five queries. */
    RECEIVABLES,
    /** Each month's first-day snapshot forecast against what was won in it, the period's year: two queries. */
    ACCURACY,
    /** The campaigns in scope running in the period, each with its whole first-touch return: one query. */
    ROI;

    static final List<SalesFact> BRIEF_FACTS = List.of(SalesFact.NEW_CUSTOMERS, SalesFact.NEW_CONTACTS,
            SalesFact.NEW_OPPORTUNITIES, SalesFact.SIGNED_CONTRACTS, SalesFact.RECEIPTS, SalesFact.FOLLOW_UPS);

    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The dashboard's time filter: a preset's whole calendar period holding the day, and the one before it. */
    enum Period {
        MONTH, YEAR;

        DayRange range() {
            return containing(BenchDataset.AS_OF);
        }

        DayRange previous() {
            return containing(range().from().minusDays(1));
        }

        private DayRange containing(LocalDate day) {
            return this == MONTH
                    ? new DayRange(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()))
                    : new DayRange(day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
        }

        /** The KPI period of a preset is its own (month → month, year → year). */
        YearMonth kpiFirst() {
            return YearMonth.from(range().from());
        }

        YearMonth kpiLast() {
            return YearMonth.from(range().to());
        }

        /** The forecast's first month: the one holding the period's last day. */
        YearMonth forecastFirst() {
            return YearMonth.from(range().to());
        }

        /** The receivables' day: the period's last, today at the latest. */
        LocalDate asOf() {
            return range().to().isAfter(BenchDataset.AS_OF) ? BenchDataset.AS_OF : range().to();
        }

        /** The trend's two years: the year of the period's last day and the one before. */
        static DayRange trendYears() {
            int year = BenchDataset.AS_OF.getYear();
            return new DayRange(LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31));
        }

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
