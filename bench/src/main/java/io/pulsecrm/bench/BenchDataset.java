package io.pulsecrm.bench;

import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.query.ViewerScope;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of the dashboards bench's data: how the fact rows are spread over the tables, the organization (a root,
 * {@value #DIVISIONS} divisions, {@value #TEAMS} teams under them, {@value #USERS} users: the first
 * {@value #DIVISIONS} head a division, the others sit in teams), two years of days from {@link #FIRST_DAY}, and the
 * three viewers measured. {@link BenchRows} writes the same organization into both databases with the formulas here.
 */
record BenchDataset(long facts) {

    static final int DIVISIONS = 8;
    static final int TEAMS = 48;
    static final int USERS = 300;
    /** Department ids: the bench's root 100, divisions 101–108, teams 109–156. */
    static final long ROOT_DEPT = 100, FIRST_DIVISION = 101, FIRST_TEAM = 109;
    static final long FIRST_USER = 1001;
    static final int STAGES = 6;
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    static final int DAYS = 730;
    /** The day the dashboards are looked at: late in the data's second year, so a month and a year have data. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    /** The rep viewer (SELF): user index 42, in a team of division 103; on the teams of some records. */
    static final long REP = FIRST_USER + 42;
    /** The manager viewer (DEPT_AND_CHILDREN): head of division 101, so of its six teams. */
    static final long MANAGER = FIRST_USER;
    /** Every this many customers, deals and contracts the rep is on the record's team. */
    static final int TEAM_EVERY = 997;

    BenchDataset {
        if (facts < 100) {
            throw new IllegalArgumentException("--facts must be at least 100, got: " + facts);
        }
    }

    /** Campaigns (not fact rows, like the organization): owned by the users, spread over the two years. */
    static final int CAMPAIGNS = 240;

    // Shares of the fact rows, in percent: 10 + 15 + 15 + 10 + 15 + 14 + 5 + 6 + 5 + 4 + 1 = 100.
    long customers() {
        return facts / 10;
    }

    long contacts() {
        return facts * 15 / 100;
    }

    long opportunities() {
        return facts * 15 / 100;
    }

    long contracts() {
        return facts / 10;
    }

    long receipts() {
        return facts * 15 / 100;
    }

    long followUps() {
        return facts * 14 / 100;
    }

    long leads() {
        return facts * 6 / 100;
    }

    /** One move into each of the first deals' current stage (a third of the deals). */
    long stageMoves() {
        return facts * 5 / 100;
    }

    long paymentPlans() {
        return facts * 4 / 100;
    }

    long campaignCosts() {
        return facts / 100;
    }

    long poolEvents() {
        return facts - customers() - contacts() - opportunities() - contracts() - receipts() - followUps() - leads()
                - stageMoves() - paymentPlans() - campaignCosts();
    }

    /** The sizes the formulas name. */
    Map<String, Long> sizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        sizes.put("customers", customers());
        sizes.put("contacts", contacts());
        sizes.put("opportunities", opportunities());
        sizes.put("contracts", contracts());
        sizes.put("receipts", receipts());
        sizes.put("followups", followUps());
        sizes.put("poolevents", poolEvents());
        sizes.put("leads", leads());
        sizes.put("stagemoves", stageMoves());
        sizes.put("paymentplans", paymentPlans());
        sizes.put("campaigncosts", campaignCosts());
        sizes.put("campaigns", (long) CAMPAIGNS);
        sizes.put("departments", 1L + DIVISIONS + TEAMS);
        sizes.put("users", (long) USERS);
        sizes.put("stages", (long) STAGES);
        sizes.put("targets", 24L * (USERS + 1 + DIVISIONS + TEAMS));
        sizes.put("rep", REP);
        return sizes;
    }

    /** The department of user index {@code u} (0-based), as {@link BenchRows}' formula has it. */
    static long departmentOf(int u) {
        return u < DIVISIONS ? FIRST_DIVISION + u : FIRST_TEAM + u % TEAMS;
    }

    static long parentOf(long department) {
        if (department == ROOT_DEPT) {
            return 1;
        }
        return department < FIRST_TEAM ? ROOT_DEPT : FIRST_DIVISION + (department - FIRST_TEAM) % DIVISIONS;
    }

    /** The three viewers of the figure: everything, a division's manager, a rep. */
    enum Viewer {
        ALL, MANAGER, REP;

        ViewerScope scope() {
            return switch (this) {
                case ALL -> ViewerScope.EVERYTHING;
                case MANAGER -> {
                    Set<Long> departments = new TreeSet<>(Set.of(FIRST_DIVISION));
                    for (long team = FIRST_TEAM; team < FIRST_TEAM + TEAMS; team++) {
                        if (parentOf(team) == FIRST_DIVISION) {
                            departments.add(team);
                        }
                    }
                    Set<Long> owners = new TreeSet<>();
                    for (int u = 0; u < USERS; u++) {
                        if (departments.contains(departmentOf(u))) {
                            owners.add(FIRST_USER + u);
                        }
                    }
                    yield new ViewerScope(BenchDataset.MANAGER, new VisibleScope(false, owners, departments));
                }
                case REP -> new ViewerScope(BenchDataset.REP, new VisibleScope(false, Set.of(BenchDataset.REP), Set.of()));
            };
        }

        String label() {
            return switch (this) {
                case ALL -> "ALL";
                case MANAGER -> "DEPT_AND_CHILDREN";
                case REP -> "SELF";
            };
        }
    }
}
