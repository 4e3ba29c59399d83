package io.pulsecrm.warehouse.query;

import io.pulsecrm.scope.DataScope;
import io.pulsecrm.scope.ScopeGrant;
import io.pulsecrm.scope.ScopeRule;
import io.pulsecrm.warehouse.ClickHouseDataSources;
import io.pulsecrm.warehouse.ClickHouseMigrations;
import io.pulsecrm.warehouse.WarehouseStack;
import io.pulsecrm.warehouse.testing.WarehouseRows;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The organization and scoped pipeline reads on the real local stack, in a database of this class's own. */
class OrganizationQueriesIT {

    private static final long ROOT = 1, EAST = 2, SHANGHAI = 3, WEST = 4;
    private static final long MANAGER = 10, REP = 11, OTHER_REP = 12, GONE = 13, ADMIN = 14;
    private static final long SALES_MANAGER = 20, SALES_REP = 21, CUSTOM = 22, SUPER = 23;

    private static OrganizationQueries org;
    private static PipelineQueries pipeline;
    private static WarehouseRows rows;

    @BeforeAll
    static void organization() {
        var config = WarehouseStack.clickHouse().withDatabase("crm_org_it_" + UUID.randomUUID().toString().substring(0, 8));
        ClickHouseMigrations.apply(config);
        DataSource dataSource = ClickHouseDataSources.create(config);
        org = new OrganizationQueries(dataSource);
        pipeline = new PipelineQueries(dataSource);
        rows = new WarehouseRows(dataSource);
        rows.department(ROOT, null, false);
        rows.department(EAST, ROOT, false);
        rows.department(SHANGHAI, EAST, false);
        rows.department(WEST, ROOT, false);
        rows.department(99, ROOT, true);
        rows.user(MANAGER, EAST, null, true);
        rows.user(REP, SHANGHAI, MANAGER, true);
        rows.user(OTHER_REP, WEST, null, true);
        rows.user(GONE, WEST, null, false);
        rows.user(ADMIN, ROOT, null, true);
        rows.role(SALES_MANAGER, "SALES_MANAGER", "DEPT_AND_CHILDREN");
        rows.role(SALES_REP, "SALES_REP", "SELF");
        rows.role(CUSTOM, null, "CUSTOM");
        rows.role(SUPER, "SUPER_ADMIN", "ALL");
        rows.userRole(MANAGER, SALES_MANAGER, false);
        rows.userRole(REP, SALES_REP, false);
        rows.userRole(REP, CUSTOM, false);
        rows.userRole(REP, CUSTOM, true); // the custom role was taken away again
        rows.userRole(OTHER_REP, CUSTOM, false);
        rows.userRole(ADMIN, SUPER, false);
        rows.roleScopeDepartment(CUSTOM, WEST, false);
        rows.rolePermission(SALES_REP, "dashboard:view", false);
        rows.rolePermission(SALES_REP, "lead:view", false);
        rows.rolePermission(SALES_MANAGER, "dashboard:view", false);
    }

    @Test
    void validSessionOfAnEnabledUserIsALogin() {
        UUID session = UUID.randomUUID();
        rows.session(session, REP, 3600, false);

        Login login = org.login(REP, session);

        assertThat(login.valid(Instant.now())).isTrue();
        assertThat(login.displayName()).isEqualTo("User " + REP);
    }

    @Test
    void revokedExpiredForeignOrUnknownSessionsAndDisabledUsersAreNoLogin() {
        UUID revoked = UUID.randomUUID(), expired = UUID.randomUUID(), ofOther = UUID.randomUUID(), gone = UUID.randomUUID();
        rows.session(revoked, REP, 3600, true);
        rows.session(expired, REP, -1, false);
        rows.session(ofOther, OTHER_REP, 3600, false);
        rows.session(gone, GONE, 3600, false);
        Instant now = Instant.now();

        assertThat(org.login(REP, revoked).refusal(now)).isEqualTo("session revoked");
        assertThat(org.login(REP, expired).refusal(now)).isEqualTo("session expired");
        assertThat(org.login(REP, ofOther).refusal(now)).isEqualTo("unknown session");
        assertThat(org.login(REP, UUID.randomUUID()).refusal(now)).isEqualTo("unknown session");
        assertThat(org.login(GONE, gone).refusal(now)).isEqualTo("user disabled");
        assertThat(org.login(404, gone).refusal(now)).isEqualTo("unknown user");
    }

    @Test
    void grantsAreOneScopePerLiveRoleWithCustomDepartmentsAndTheUnionOfPermissions() {
        ViewerGrants rep = org.grants(REP);
        ViewerGrants other = org.grants(OTHER_REP);
        ViewerGrants admin = org.grants(ADMIN);

        assertThat(rep.scopes()).containsExactly(ScopeGrant.of(DataScope.SELF));
        assertThat(rep.permissions()).containsExactlyInAnyOrder("dashboard:view", "lead:view");
        assertThat(other.scopes()).containsExactly(new ScopeGrant(DataScope.CUSTOM, Set.of(WEST)));
        assertThat(other.permits("dashboard:view")).isFalse();
        assertThat(admin.superAdmin()).isTrue();
        assertThat(admin.permits("dashboard:view")).isTrue();
        assertThat(org.grants(404).scopes()).isEmpty();
    }

    @Test
    void organizationIsTheLiveTreeAndReportingLines() {
        var organization = org.organization();

        assertThat(organization.departmentAndDescendants(EAST)).containsExactlyInAnyOrder(EAST, SHANGHAI);
        assertThat(organization.departmentAndDescendants(ROOT)).doesNotContain(99L);
        assertThat(organization.subordinatesOf(MANAGER)).containsExactly(REP);
    }

    @Test
    void scopedPipelineCountsOnlyTheDealsTheScopeCoversAndEverythingEqualsTheAggregate() {
        rows.stage(500, "S500", 1, "25.00");
        rows.stage(501, "S501", 2, "33.33");
        rows.deal(600, 500, "1000.00", "OPEN", REP, SHANGHAI);
        rows.deal(601, 500, "500.50", "OPEN", OTHER_REP, WEST);
        rows.deal(602, 501, "10.01", "OPEN", MANAGER, EAST);
        rows.deal(603, 501, "999.00", "WON", REP, SHANGHAI);
        // REP's deal made while REP was in WEST: it stays with WEST
        rows.deal(604, 501, "7.00", "OPEN", REP, WEST);
        rows.aggregate(500, 2, "1500.50", "375.13");
        rows.aggregate(501, 2, "17.01", "5.67");

        var self = new ViewerScope(REP, ScopeRule.resolve(REP, org.grants(REP).scopes(), org.organization()));
        var manager = new ViewerScope(MANAGER, ScopeRule.resolve(MANAGER, org.grants(MANAGER).scopes(), org.organization()));
        var west = new ViewerScope(OTHER_REP, ScopeRule.resolve(OTHER_REP, org.grants(OTHER_REP).scopes(), org.organization()));

        assertThat(counts(pipeline.openPipelineByStage(self))).containsExactly(1L, 1L);
        assertThat(counts(pipeline.openPipelineByStage(manager))).containsExactly(1L, 2L);
        assertThat(counts(pipeline.openPipelineByStage(west))).containsExactly(1L, 1L);
        assertThat(pipeline.openPipelineByStage(ViewerScope.EVERYTHING))
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields()
                .isEqualTo(pipeline.openPipelineByStage());
    }

    private static List<Long> counts(List<StagePipeline> stages) {
        return stages.stream().map(StagePipeline::openCount).toList();
    }
}
