package io.pulsecrm.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScopeRuleTest {

    // 1 办公室 ─ 2 销售中心 ─┬ 3 华东 ─ 5 上海组
    //                     └ 4 华北
    //          └ 6 市场部
    private static final List<OrgDepartment> DEPARTMENTS = List.of(
            new OrgDepartment(1, null), new OrgDepartment(2, 1L), new OrgDepartment(3, 2L),
            new OrgDepartment(4, 2L), new OrgDepartment(5, 3L), new OrgDepartment(6, 1L));

    // 10 VP (2) ← 20 华东 director (3) ← 30 上海 lead (5) ← 40, 41 reps (5); 50 华北 rep (4); 60 marketer (6)
    private static final List<OrgUser> USERS = List.of(
            new OrgUser(10, 2, null), new OrgUser(20, 3, 10L), new OrgUser(30, 5, 20L),
            new OrgUser(40, 5, 30L), new OrgUser(41, 5, 30L), new OrgUser(50, 4, 10L), new OrgUser(60, 6, null));

    private final Organization org = new Organization(DEPARTMENTS, USERS);

    private VisibleScope resolve(long viewer, ScopeGrant... grants) {
        return ScopeRule.resolve(viewer, List.of(grants), org);
    }

    @Test
    void selfSeesOnlyOwnRecords() {
        VisibleScope scope = resolve(40, ScopeGrant.of(DataScope.SELF));
        assertThat(scope.all()).isFalse();
        assertThat(scope.owners()).containsExactly(40L);
        assertThat(scope.departments()).isEmpty();
    }

    @Test
    void selfAndSubordinatesFollowsTheWholeReportingChain() {
        assertThat(resolve(20, ScopeGrant.of(DataScope.SELF_AND_SUBORDINATES)).owners())
                .containsExactlyInAnyOrder(20L, 30L, 40L, 41L);
        assertThat(resolve(10, ScopeGrant.of(DataScope.SELF_AND_SUBORDINATES)).owners())
                .containsExactlyInAnyOrder(10L, 20L, 30L, 40L, 41L, 50L);
    }

    @Test
    void deptSeesTheDepartmentButNotItsChildren() {
        VisibleScope scope = resolve(20, ScopeGrant.of(DataScope.DEPT));
        assertThat(scope.departments()).containsExactly(3L);
        assertThat(scope.owners()).containsExactlyInAnyOrder(20L);
    }

    @Test
    void deptAndChildrenSeesTheSubtree() {
        VisibleScope scope = resolve(10, ScopeGrant.of(DataScope.DEPT_AND_CHILDREN));
        assertThat(scope.departments()).containsExactlyInAnyOrder(2L, 3L, 4L, 5L);
        assertThat(scope.owners()).containsExactlyInAnyOrder(10L, 20L, 30L, 40L, 41L, 50L);
        assertThat(scope.includesOwner(60L)).isFalse();
    }

    @Test
    void customSeesExactlyTheChosenDepartmentsAndOwnRecords() {
        VisibleScope scope = resolve(60, new ScopeGrant(DataScope.CUSTOM, Set.of(4L, 5L)));
        assertThat(scope.departments()).containsExactlyInAnyOrder(4L, 5L);
        assertThat(scope.owners()).containsExactlyInAnyOrder(60L, 30L, 40L, 41L, 50L);
    }

    @Test
    void theWidestRoleWins() {
        VisibleScope scope = resolve(40, ScopeGrant.of(DataScope.SELF), ScopeGrant.of(DataScope.DEPT));
        assertThat(scope.owners()).containsExactlyInAnyOrder(30L, 40L, 41L);
        assertThat(resolve(40, ScopeGrant.of(DataScope.SELF), ScopeGrant.of(DataScope.ALL)).all()).isTrue();
    }

    @Test
    void noRoleMeansOnlyOwnRecords() {
        assertThat(resolve(41).owners()).containsExactly(41L);
    }

    @Test
    void allSeesEveryOwnerAndPooledRecords() {
        VisibleScope scope = resolve(60, ScopeGrant.of(DataScope.ALL));
        assertThat(scope.includesOwner(999L)).isTrue();
        assertThat(scope.includesOwner(null)).isTrue();
    }

    @Test
    void pooledRecordsHaveNoOwnerAndAreNotInALimitedScope() {
        assertThat(resolve(10, ScopeGrant.of(DataScope.DEPT_AND_CHILDREN)).includesOwner(null)).isFalse();
    }

    @Test
    void factsStayVisibleToTheDepartmentTheyWereAttributedTo() {
        VisibleScope eastDirector = resolve(20, ScopeGrant.of(DataScope.DEPT_AND_CHILDREN));
        // rep 50 sits in 华北 now, but this deal was booked while they were in 上海组
        assertThat(eastDirector.includesFact(50L, 5L)).isTrue();
        assertThat(eastDirector.includesFact(50L, 4L)).isFalse();
    }

    @Test
    void aCycleInReportingLinesEndsTheWalk() {
        Organization cyclic = new Organization(DEPARTMENTS,
                List.of(new OrgUser(1, 1, 2L), new OrgUser(2, 1, 1L)));
        assertThat(ScopeRule.resolve(1, List.of(ScopeGrant.of(DataScope.SELF_AND_SUBORDINATES)), cyclic).owners())
                .containsExactlyInAnyOrder(1L, 2L);
    }
}
