package io.pulsecrm.warehouse.query.sales;

import static io.pulsecrm.warehouse.query.sales.SalesFact.FOLLOW_UPS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.NEW_CONTACTS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.NEW_CUSTOMERS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.NEW_OPPORTUNITIES;
import static io.pulsecrm.warehouse.query.sales.SalesFact.POOL_EVENTS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.RECEIPTS;
import static io.pulsecrm.warehouse.query.sales.SalesFact.SIGNED_CONTRACTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulsecrm.scope.VisibleScope;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.WarehouseStack;
import io.pulsecrm.warehouse.query.ViewerScope;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures on the real ClickHouse endpoint, in a database of this class's own: every fact's definition
 * (statuses, days in Asia/Shanghai, deleted rows), each data scope, team membership and the filters, against figures
 * worked out by hand from the rows written here.
 */
class SalesFactQueriesIT {

    static final long SALES = 2, EAST = 3, WEST = 4;
    static final long MANAGER = 10, REP_EAST = 11, REP_WEST = 12, TEAMMATE = 13;
    static final DayRange NOVEMBER = new DayRange(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30));
    static final DayRange NOV_3 = new DayRange(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 3));

    /** SELF of the east rep. */
    static final ViewerScope REP = scope(REP_EAST, Set.of(REP_EAST), Set.of());
    /** DEPT_AND_CHILDREN of the manager of sales. */
    static final ViewerScope SALES_MANAGER =
            scope(MANAGER, Set.of(MANAGER, REP_EAST, REP_WEST, TEAMMATE), Set.of(SALES, EAST, WEST));
    /** SELF of someone who owns nothing but is on the team of customer 5002, contract 7001 and deal 7502. */
    static final ViewerScope TEAM = scope(TEAMMATE, Set.of(TEAMMATE), Set.of());
    /** DEPT of west, without the rep who made 7004 there before moving east. */
    static final ViewerScope WEST_DEPT = scope(REP_WEST, Set.of(REP_WEST, TEAMMATE), Set.of(WEST));

    // Package-visible: SalesWidgetQueriesIT reads the same rows.
    static DataSource dataSource;
    static SalesFactQueries facts;
    static SalesTargetQueries targets;
    private static DirectoryQueries directory;

    private static ViewerScope scope(long viewer, Set<Long> owners, Set<Long> departments) {
        return new ViewerScope(viewer, new VisibleScope(false, owners, departments));
    }

    @BeforeAll
    static void rows() {
        var config = WarehouseStack.clickHouse().withDatabase("crm_sales_it_" + UUID.randomUUID().toString().substring(0, 8));
        ClickHouseMigrations.apply(config);
        dataSource = ClickHouseDataSources.create(config);
        facts = new SalesFactQueries(dataSource);
        targets = new SalesTargetQueries(dataSource);
        directory = new DirectoryQueries(dataSource);
        var rows = new WarehouseRows(dataSource);
        rows.department(1, null, false);
        rows.department(SALES, 1L, false);
        rows.department(EAST, SALES, false);
        rows.department(WEST, SALES, false);
        rows.user(MANAGER, SALES, null, true);
        rows.user(REP_EAST, EAST, MANAGER, true);
        rows.user(REP_WEST, WEST, MANAGER, true);
        rows.user(TEAMMATE, WEST, MANAGER, true);

        customer(rows, 5001, "华东制造", REP_EAST, EAST, "2025-11-03T02:00:00Z", false);
        customer(rows, 5002, "西部能源", REP_WEST, WEST, "2025-11-02T17:30:00Z", false); // Shanghai: 11-03 01:30
        customer(rows, 5003, "公海客户", null, null, "2025-11-03T05:00:00Z", false);
        customer(rows, 5004, "已删除", REP_EAST, EAST, "2025-11-03T05:00:00Z", true);
        customer(rows, 5005, "月初客户", REP_WEST, WEST, "2025-10-31T16:00:00Z", false); // Shanghai: 11-01 00:00
        customer(rows, 5006, "月末客户", REP_WEST, WEST, "2025-11-30T16:00:00Z", false); // Shanghai: 12-01 00:00
        rows.teamMember(TEAMMATE, "CUSTOMER", 5002, "READ", false);

        rows.row("contact", false, "id", 6001L, "customer_id", 5001L, "is_primary", true, "owner_id", null,
                "owner_dept_id", null, "created_at", Instant.parse("2025-11-05T03:00:00Z"));
        rows.row("contact", false, "id", 6002L, "customer_id", 5002L, "is_primary", true, "owner_id", REP_WEST,
                "owner_dept_id", WEST, "created_at", Instant.parse("2025-11-05T03:00:00Z"));

        deal(rows, 7501, "ERP 升级", "500.00", "WON", REP_EAST, EAST, "2025-11-09T01:00:00Z");
        deal(rows, 7502, "风电运维", "800.00", "OPEN", REP_WEST, WEST, "2025-11-09T02:00:00Z");
        rows.teamMember(TEAMMATE, "OPPORTUNITY", 7502, "WRITE", false);

        contract(rows, 7001, "APPROVED", "2025-11-10", "1000.00", REP_EAST, EAST, false);
        contract(rows, 7002, "APPROVED", "2025-11-11", "2500.50", REP_WEST, WEST, false);
        contract(rows, 7003, "PENDING_APPROVAL", "2025-11-12", "999.00", REP_EAST, EAST, false);
        contract(rows, 7004, "APPROVED", "2025-10-31", "300.00", REP_EAST, WEST, false); // signed while in west
        contract(rows, 7005, "APPROVED", "2025-11-20", "200.25", REP_EAST, EAST, true);
        rows.teamMember(TEAMMATE, "CONTRACT", 7001, "READ", false);

        receipt(rows, 8001, 7001, "400.00", "2025-11-15", REP_EAST, EAST);
        receipt(rows, 8002, 7002, "100.10", "2025-11-16", REP_WEST, WEST);

        pool(rows, 9001, 5003, "CLAIM", null, null, REP_EAST, EAST, "2025-11-04T04:00:00Z");
        pool(rows, 9002, 5001, "RECYCLE", REP_WEST, WEST, null, null, "2025-11-05T04:00:00Z");
        pool(rows, 9003, 5002, "RELEASE", REP_EAST, EAST, null, null, "2025-11-06T04:00:00Z");
        pool(rows, 9004, 5005, "ASSIGN", null, null, REP_WEST, WEST, "2025-11-07T04:00:00Z");

        rows.row("follow_up", false, "id", 9501L, "subject_type", "CUSTOMER", "subject_id", 5001L, "customer_id", 5001L,
                "kind", "COMMUNICATION", "occurred_at", Instant.parse("2025-11-08T01:00:00Z"), "owner_id", REP_EAST,
                "owner_dept_id", EAST);
        rows.row("follow_up", false, "id", 9502L, "subject_type", "LEAD", "subject_id", 77L, "customer_id", null,
                "kind", "LOG", "occurred_at", Instant.parse("2025-11-08T01:00:00Z"), "owner_id", REP_WEST,
                "owner_dept_id", WEST);

        target(rows, 9901, 2025, 11, REP_EAST, null, "5000.00", "1000.00", false);
        target(rows, 9902, 2025, 11, null, EAST, "8000.00", "2000.00", false);
        target(rows, 9903, 2025, 10, REP_WEST, null, "3000.00", "600.00", false);
        target(rows, 9904, 2025, 11, REP_WEST, null, "4000.00", "800.00", true);
        target(rows, 9905, 2025, 12, REP_EAST, null, "6000.00", "1200.00", false);
    }

    @Test
    void newCustomersCountByTheirShanghaiDayAndNeverADeletedOne() {
        assertThat(facts.totals(NEW_CUSTOMERS, ViewerScope.EVERYTHING, FactFilter.ANY, NOV_3).count()).isEqualTo(3);
        assertThat(facts.totals(NEW_CUSTOMERS, ViewerScope.EVERYTHING, FactFilter.ANY, NOVEMBER).count()).isEqualTo(4);
    }

    @Test
    void aRepSeesTheirOwnAManagerTheirDepartmentsAndATeamMemberTheirTeamsRecords() {
        assertThat(count(NEW_CUSTOMERS, REP)).isEqualTo(1);
        assertThat(count(NEW_CUSTOMERS, SALES_MANAGER)).isEqualTo(3); // not the pooled one, not 12-01 in Shanghai
        assertThat(count(NEW_CUSTOMERS, TEAM)).isEqualTo(1);
        assertThat(count(NEW_CONTACTS, REP)).as("a contact without holder, of the rep's customer").isEqualTo(1);
        assertThat(count(NEW_CONTACTS, TEAM)).as("a contact of a customer whose team they are on").isEqualTo(1);
        assertThat(count(NEW_CONTACTS, SALES_MANAGER)).isEqualTo(2);
        assertThat(facts.totals(NEW_OPPORTUNITIES, TEAM, FactFilter.ANY, NOVEMBER))
                .isEqualTo(new FactTotals(1, new BigDecimal("800.00")));
        assertThat(facts.totals(SIGNED_CONTRACTS, TEAM, FactFilter.ANY, NOVEMBER))
                .isEqualTo(new FactTotals(1, new BigDecimal("1000.00")));
        assertThat(facts.totals(RECEIPTS, TEAM, FactFilter.ANY, NOVEMBER))
                .as("a receipt of a contract on whose team they are").isEqualTo(new FactTotals(1, new BigDecimal("400.00")));
        assertThat(count(FOLLOW_UPS, REP)).isEqualTo(1);
        assertThat(count(FOLLOW_UPS, ViewerScope.EVERYTHING)).isEqualTo(2);
    }

    @Test
    void contractsCountWhenApprovedBySignedOnWithTheirTotal() {
        assertThat(facts.totals(SIGNED_CONTRACTS, ViewerScope.EVERYTHING, FactFilter.ANY, NOVEMBER))
                .isEqualTo(new FactTotals(2, new BigDecimal("3500.50")));
        assertThat(facts.totals(SIGNED_CONTRACTS, REP, FactFilter.ANY, NOVEMBER))
                .isEqualTo(new FactTotals(1, new BigDecimal("1000.00")));
        assertThat(facts.byMonth(SIGNED_CONTRACTS, ViewerScope.EVERYTHING, FactFilter.ANY,
                new DayRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))).containsExactly(
                Map.entry(YearMonth.of(2025, 10), new FactTotals(1, new BigDecimal("300.00"))),
                Map.entry(YearMonth.of(2025, 11), new FactTotals(2, new BigDecimal("3500.50"))));
    }

    @Test
    void aDepartmentKeepsWhatWasSignedInItAfterTheRepMovedOn() {
        var october = new DayRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31));
        assertThat(facts.totals(SIGNED_CONTRACTS, WEST_DEPT, FactFilter.ANY, october))
                .isEqualTo(new FactTotals(1, new BigDecimal("300.00")));
        assertThat(facts.totals(SIGNED_CONTRACTS, WEST_DEPT, FactFilter.ANY, NOVEMBER))
                .isEqualTo(new FactTotals(1, new BigDecimal("2500.50")));
    }

    @Test
    void filtersNarrowByDepartmentOwnerAndCategoryInsideTheScope() {
        var west = new FactFilter(Set.of(WEST), null, null);
        assertThat(facts.totals(SIGNED_CONTRACTS, ViewerScope.EVERYTHING, west, NOVEMBER))
                .isEqualTo(new FactTotals(1, new BigDecimal("2500.50")));
        assertThat(facts.totals(SIGNED_CONTRACTS, REP, west, NOVEMBER)).as("never wider than the scope")
                .isEqualTo(FactTotals.NONE);
        assertThat(facts.totals(SIGNED_CONTRACTS, ViewerScope.EVERYTHING, FactFilter.ANY.withOwner(REP_WEST), NOVEMBER)
                .count()).isEqualTo(1);
        assertThat(facts.totals(SIGNED_CONTRACTS, ViewerScope.EVERYTHING, new FactFilter(Set.of(), null, null), NOVEMBER)
                .count()).as("no department at all").isZero();
        assertThat(facts.totals(POOL_EVENTS, ViewerScope.EVERYTHING, FactFilter.ANY.withCategory("CLAIM"), NOVEMBER)
                .count()).isEqualTo(1);
        assertThat(facts.byOwner(SIGNED_CONTRACTS, SALES_MANAGER, FactFilter.ANY, NOVEMBER)).containsExactly(
                Map.entry(REP_EAST, new FactTotals(1, new BigDecimal("1000.00"))),
                Map.entry(REP_WEST, new FactTotals(1, new BigDecimal("2500.50"))));
        assertThat(facts.byDepartment(RECEIPTS, ViewerScope.EVERYTHING, FactFilter.ANY, NOVEMBER)).containsExactly(
                Map.entry(EAST, new FactTotals(1, new BigDecimal("400.00"))),
                Map.entry(WEST, new FactTotals(1, new BigDecimal("100.10"))));
    }

    @Test
    void poolMovesBelongToTheirMoverAndToTheCustomersTeam() {
        assertThat(facts.byCategory(POOL_EVENTS, ViewerScope.EVERYTHING, FactFilter.ANY, NOVEMBER).keySet())
                .containsExactly("ASSIGN", "CLAIM", "RECYCLE", "RELEASE");
        assertThat(facts.byCategory(POOL_EVENTS, REP, FactFilter.ANY, NOVEMBER)).containsOnlyKeys("CLAIM", "RELEASE");
        assertThat(facts.byCategory(POOL_EVENTS, TEAM, FactFilter.ANY, NOVEMBER)).containsOnlyKeys("RELEASE");
        assertThat(facts.byCategory(POOL_EVENTS, WEST_DEPT, FactFilter.ANY, NOVEMBER)).containsOnlyKeys("ASSIGN", "RECYCLE");
    }

    @Test
    void aDrillDownListsExactlyTheRowsOfItsFigureNewestFirstWithLinks() {
        FactRecords page = facts.records(SIGNED_CONTRACTS, ViewerScope.EVERYTHING, FactFilter.ANY, NOVEMBER, 0, 1);
        assertThat(page.totals()).isEqualTo(new FactTotals(2, new BigDecimal("3500.50")));
        assertThat(page.items()).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(7002);
            assertThat(item.title()).isEqualTo("HT-7002 Contract 7002");
            assertThat(item.day()).isEqualTo(LocalDate.of(2025, 11, 11));
            assertThat(item.amount()).isEqualByComparingTo("2500.50");
            assertThat(item.ownerName()).isEqualTo("User 12");
            assertThat(item.linkKind()).isEqualTo("contracts");
            assertThat(item.linkId()).isEqualTo(7002);
        });
        assertThat(facts.records(SIGNED_CONTRACTS, ViewerScope.EVERYTHING, FactFilter.ANY, NOVEMBER, 1, 1).items())
                .extracting(FactRecord::id).containsExactly(7001L);
        assertThat(facts.records(SIGNED_CONTRACTS, ViewerScope.EVERYTHING, FactFilter.ANY, NOVEMBER, 2, 1).items()).isEmpty();

        FactRecord contact = facts.records(NEW_CONTACTS, REP, FactFilter.ANY, NOVEMBER, 0, 10).items().getFirst();
        assertThat(contact.title()).as("its customer's name").isEqualTo("华东制造");
        assertThat(contact.ownerId()).isNull();
        assertThat(contact.linkKind() + "/" + contact.linkId()).isEqualTo("customers/5001");
        assertThat(facts.records(RECEIPTS, TEAM, FactFilter.ANY, NOVEMBER, 0, 10).items())
                .extracting(r -> r.linkKind() + "/" + r.linkId()).containsExactly("contracts/7001");
        assertThat(facts.records(FOLLOW_UPS, ViewerScope.EVERYTHING, FactFilter.ANY, NOVEMBER, 0, 10).items())
                .extracting(r -> r.category() + " " + r.linkKind() + "/" + r.linkId())
                .containsExactly("LOG leads/77", "COMMUNICATION customers/5001");
        assertThat(facts.records(POOL_EVENTS, REP, FactFilter.ANY.withCategory("CLAIM"), NOVEMBER, 0, 10).items())
                .extracting(FactRecord::title).containsExactly("公海客户");
    }

    @Test
    void targetsAreAUsersInScopeOrADepartmentsInScopeSummedOverTheMonths() {
        assertThat(targets.targets(REP, YearMonth.of(2025, 11), YearMonth.of(2025, 11)))
                .containsExactly(new TargetSum(REP_EAST, null, new BigDecimal("5000.00"), new BigDecimal("1000.00")));
        assertThat(targets.targets(SALES_MANAGER, YearMonth.of(2025, 11), YearMonth.of(2025, 11)))
                .extracting(t -> t.userId() + "/" + t.departmentId()).containsExactlyInAnyOrder("11/null", "null/3");
        assertThat(targets.targets(ViewerScope.EVERYTHING, YearMonth.of(2025, 10), YearMonth.of(2025, 12)))
                .containsExactlyInAnyOrder(
                        new TargetSum(REP_EAST, null, new BigDecimal("11000.00"), new BigDecimal("2200.00")),
                        new TargetSum(REP_WEST, null, new BigDecimal("3000.00"), new BigDecimal("600.00")),
                        new TargetSum(null, EAST, new BigDecimal("8000.00"), new BigDecimal("2000.00")));
    }

    @Test
    void theDirectoryNamesDepartmentsAndPeople() {
        OrgDirectory org = directory.directory();
        assertThat(org.departments()).extracting(OrgDirectory.Department::id).contains(1L, SALES, EAST, WEST);
        assertThat(org.people()).contains(new OrgDirectory.Person(REP_EAST, "User 11", EAST, true));
    }

    private static long count(SalesFact fact, ViewerScope scope) {
        return facts.totals(fact, scope, FactFilter.ANY, NOVEMBER).count();
    }

    private static void customer(WarehouseRows rows, long id, String name, Long owner, Long dept, String createdAt,
            boolean deleted) {
        rows.row("customer", deleted, "id", id, "name", name, "level", "NORMAL", "deal_status", "NONE", "locked", false,
                "owner_id", owner, "owner_dept_id", dept, "created_at", Instant.parse(createdAt));
    }

    private static void deal(WarehouseRows rows, long id, String name, String amount, String status, long owner,
            long dept, String createdAt) {
        rows.row("opportunity", false, "id", id, "name", name, "amount", new BigDecimal(amount), "stage_id", 1L,
                "status", status, "owner_id", owner, "owner_dept_id", dept, "created_at", Instant.parse(createdAt));
    }

    private static void contract(WarehouseRows rows, long id, String status, String signedOn, String amount, long owner,
            long dept, boolean deleted) {
        rows.row("contract", deleted, "id", id, "number", "HT-" + id, "name", "Contract " + id, "customer_id", 5001L,
                "status", status, "signed_on", LocalDate.parse(signedOn), "total_amount", new BigDecimal(amount),
                "owner_id", owner, "owner_dept_id", dept);
    }

    private static void receipt(WarehouseRows rows, long id, long contract, String amount, String receivedOn, long owner,
            long dept) {
        rows.row("receipt", false, "id", id, "number", "HK-" + id, "contract_id", contract, "customer_id", 5001L,
                "amount", new BigDecimal(amount), "received_on", LocalDate.parse(receivedOn), "method", "CASH",
                "owner_id", owner, "owner_dept_id", dept);
    }

    private static void pool(WarehouseRows rows, long id, long customer, String kind, Long from, Long fromDept, Long to,
            Long toDept, String at) {
        rows.row("pool_event", false, "id", id, "customer_id", customer, "kind", kind, "from_owner_id", from,
                "from_owner_dept_id", fromDept, "to_owner_id", to, "to_owner_dept_id", toDept,
                "occurred_at", Instant.parse(at));
    }

    private static void target(WarehouseRows rows, long id, int year, int month, Long user, Long dept, String contract,
            String receipt, boolean deleted) {
        rows.row("sales_target", deleted, "id", id, "year", year, "month", month, "user_id", user,
                "department_id", dept, "contract_amount", new BigDecimal(contract), "receipt_amount", new BigDecimal(receipt));
    }
}
