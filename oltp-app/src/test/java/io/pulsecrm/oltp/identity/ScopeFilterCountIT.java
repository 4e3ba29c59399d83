package io.pulsecrm.oltp.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.pulsecrm.oltp.shared.ListQuery;
import io.pulsecrm.oltp.support.ApiIntegrationTest;
import io.pulsecrm.scope.VisibleScope;
import org.junit.jupiter.api.Test;

/**
 * A list's capped count over the owned and team-only branches, on the real PostgreSQL: exact below the cap, the
 * cap once the viewer's own records reach it — and then PostgreSQL never reads the team-only branch, which costs a
 * primary-key probe per membership.
 */
class ScopeFilterCountIT extends ApiIntegrationTest {

    @Test
    void belowTheCapTheTeamsRecordsAreCounted() {
        Fixture f = fixture(3, 2);
        assertThat(count(f)).isEqualTo(5);
    }

    @Test
    void ownedRecordsThatReachTheCapAnswerAloneAndTheTeamBranchIsNeverRead() {
        Fixture f = fixture(ListQuery.COUNT_CAP, 2);
        assertThat(count(f)).isEqualTo(ListQuery.COUNT_CAP);

        String plan = String.join("\n", jdbc.sql("explain (analyze, costs off) " + countSql(f))
                .params(f.scope().params()).param("prefix", f.prefix() + "%").query(String.class).list());
        assertThat(plan).as(plan).contains("record_team_member");
        assertThat(plan.lines().filter(line -> line.contains("record_team_member")))
                .as(plan).allSatisfy(line -> assertThat(line).contains("never executed"));
    }

    private record Fixture(ScopeFilter scope, String prefix) {
    }

    /** A rep owning {@code owned} customers and on the team of {@code onTeam} customers of another rep. */
    private Fixture fixture(int owned, int onTeam) {
        long dept = users.department(null);
        long rep = users.user(dept, null, "SALES_REP");
        long other = users.user(dept, null, "SALES_REP");
        String prefix = "scope-count-" + UUID.randomUUID();
        jdbc.sql("""
                insert into customer (name, owner_id, owner_dept_id, created_by)
                select :prefix || '-own-' || n, :rep, :dept, :rep from generate_series(1, :owned) n""")
                .param("prefix", prefix).param("rep", rep).param("dept", dept).param("owned", owned).update();
        jdbc.sql("""
                with made as (insert into customer (name, owner_id, owner_dept_id, created_by)
                              select :prefix || '-team-' || n, :other, :dept, :other
                              from generate_series(1, :onTeam) n
                              returning id)
                insert into record_team_member (entity_type, entity_id, user_id, access, added_by)
                select 'CUSTOMER', id, :rep, 'READ', :other from made""")
                .param("prefix", prefix).param("rep", rep).param("other", other).param("dept", dept)
                .param("onTeam", onTeam).update();
        Viewer viewer = new Viewer(rep, "rep", "rep", dept, false, List.of("SALES_REP"), Set.of("customer:view"),
                new VisibleScope(false, Set.of(rep), Set.of(dept)), null);
        ScopeFilter scope = viewer.filter(TeamEntity.CUSTOMER);
        assertThat(scope.throughTeams()).isTrue();
        return new Fixture(scope, prefix);
    }

    private long count(Fixture f) {
        return jdbc.sql(countSql(f)).params(f.scope().params()).param("prefix", f.prefix() + "%")
                .query(Long.class).single();
    }

    private static String countSql(Fixture f) {
        return f.scope().cappedCount("customer", "c", "c.owner_id is not null and c.name like :prefix",
                ListQuery.COUNT_CAP);
    }
}
