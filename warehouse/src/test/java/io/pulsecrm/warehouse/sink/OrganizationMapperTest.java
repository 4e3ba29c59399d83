package io.pulsecrm.warehouse.sink;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static io.pulsecrm.warehouse.sink.ChangeEvents.COMMIT_TS_MS;
import static io.pulsecrm.warehouse.sink.ChangeEvents.LSN;
import static io.pulsecrm.warehouse.sink.ChangeEvents.department;
import static io.pulsecrm.warehouse.sink.ChangeEvents.envelope;
import static io.pulsecrm.warehouse.sink.ChangeEvents.link;
import static io.pulsecrm.warehouse.sink.ChangeEvents.record;
import static io.pulsecrm.warehouse.sink.ChangeEvents.role;
import static io.pulsecrm.warehouse.sink.ChangeEvents.session;
import static io.pulsecrm.warehouse.sink.ChangeEvents.teamMember;
import static io.pulsecrm.warehouse.sink.ChangeEvents.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organization's topics: every captured table maps its row image, versioned by LSN, deletes as deleted rows. */
class OrganizationMapperTest {

    private static SinkRow map(String table, String key, String value) throws UnmappableRecordException {
        return Routes.CAPTURED.get(table).mapper().map(record("cdc." + table, 3, key, value)).orElseThrow();
    }

    @Test
    void departmentInsertBecomesRowWithItsParent() throws Exception {
        var row = (OrgDepartmentRow) map("department", "5", envelope("c", null, department(5, 1L, "华东"), "department", LSN));

        assertThat(row.id()).isEqualTo(5);
        assertThat(row.parentId()).isEqualTo(1L);
        assertThat(row.name()).isEqualTo("华东");
        assertThat(row.version()).isEqualTo(LSN);
        assertThat(row.change().isDeleted()).isZero();
        assertThat(row.commitTs()).isEqualTo(Instant.ofEpochMilli(COMMIT_TS_MS));
    }

    @Test
    void topDepartmentHasNoParent() throws Exception {
        var row = (OrgDepartmentRow) map("department", "1", envelope("r", null, department(1, null, "办公室"), "department", LSN));

        assertThat(row.parentId()).isNull();
    }

    @Test
    void userUpdateTakesTheAfterImageDepartmentManagerAndEnabledFlag() throws Exception {
        String before = user(9, 5, null, true);
        String after = user(9, 6, 4L, false);

        var row = (OrgUserRow) map("app_user", "9", envelope("u", before, after, "app_user", LSN + 10));

        assertThat(row.departmentId()).isEqualTo(6);
        assertThat(row.managerId()).isEqualTo(4L);
        assertThat(row.enabled()).isFalse();
        assertThat(row.displayName()).isEqualTo("Rep 9");
        assertThat(row.version()).isEqualTo(LSN + 10);
    }

    @Test
    void roleCarriesItsDataScopeAndCode() throws Exception {
        var row = (OrgRoleRow) map("app_role", "1", envelope("r", null, role(1, "SUPER_ADMIN", "ALL"), "app_role", LSN));

        assertThat(row.code()).isEqualTo("SUPER_ADMIN");
        assertThat(row.dataScope()).isEqualTo("ALL");
        assertThat(row.builtIn()).isTrue();
    }

    @Test
    void roleWithAnUnknownDataScopeIsUnmappableRatherThanReadAsSomeScope() {
        assertThatThrownBy(() -> map("app_role", "8", envelope("c", null, role(8, null, "EVERYONE"), "app_role", LSN)))
                .isInstanceOf(UnmappableRecordException.class)
                .hasMessageContaining("after.data_scope 'EVERYONE' is not one of");
    }

    @Test
    void joinRowDeleteBecomesADeletedRowFromItsBeforeImage() throws Exception {
        String grant = link("user_id", 9, "role_id", 4L);

        var created = (OrgLinkRow) map("user_role", "9:4", envelope("c", null, grant, "user_role", LSN));
        var deleted = (OrgLinkRow) map("user_role", "9:4", envelope("d", grant, null, "user_role", LSN + 5));

        assertThat(created.link()).isEqualTo(OrgLinkRow.Link.USER_ROLE);
        assertThat(created.first()).isEqualTo(9);
        assertThat(created.second()).isEqualTo(4L);
        assertThat(created.stamp().isDeleted()).isZero();
        assertThat(deleted.first()).isEqualTo(9);
        assertThat(deleted.second()).isEqualTo(4L);
        assertThat(deleted.stamp()).isEqualTo(new ChangeStamp(LSN + 5, (byte) 1, Instant.ofEpochMilli(COMMIT_TS_MS)));
    }

    @Test
    void permissionKeepsItsTextAndCustomScopeItsDepartment() throws Exception {
        var permission = (OrgLinkRow) map("role_permission", "4:dashboard%3Aview",
                envelope("c", null, link("role_id", 4, "permission", "dashboard:view"), "role_permission", LSN));
        var scope = (OrgLinkRow) map("role_scope_department", "4:6",
                envelope("c", null, link("role_id", 4, "department_id", 6L), "role_scope_department", LSN));

        assertThat(permission.second()).isEqualTo("dashboard:view");
        assertThat(scope.link()).isEqualTo(OrgLinkRow.Link.ROLE_SCOPE_DEPARTMENT);
        assertThat(scope.second()).isEqualTo(6L);
    }

    @Test
    void teamMemberKeepsWhoIsOnWhichRecordAndARemovalBecomesADeletedRow() throws Exception {
        String member = teamMember("OPPORTUNITY", 42, 9, "READ");

        var added = (OrgTeamMemberRow) map("record_team_member", "OPPORTUNITY:42:9",
                envelope("c", null, member, "record_team_member", LSN));
        var removed = (OrgTeamMemberRow) map("record_team_member", "OPPORTUNITY:42:9",
                envelope("d", member, null, "record_team_member", LSN + 5));

        assertThat(added).isEqualTo(new OrgTeamMemberRow(9, "OPPORTUNITY", 42, "READ",
                new ChangeStamp(LSN, (byte) 0, Instant.ofEpochMilli(COMMIT_TS_MS))));
        assertThat(removed).isEqualTo(new OrgTeamMemberRow(9, "OPPORTUNITY", 42, "READ",
                new ChangeStamp(LSN + 5, (byte) 1, Instant.ofEpochMilli(COMMIT_TS_MS))));
    }

    @Test
    void teamMemberOfAnUnknownKindOfRecordIsUnmappableRatherThanReadAsSomeOther() {
        assertThatThrownBy(() -> map("record_team_member", "LEAD:42:9",
                envelope("c", null, teamMember("LEAD", 42, 9, "READ"), "record_team_member", LSN)))
                .isInstanceOf(UnmappableRecordException.class)
                .hasMessage("after.entity_type 'LEAD' is not one of [CONTRACT, CUSTOMER, OPPORTUNITY]");
    }

    @Test
    void tombstonesOfEveryCapturedTableAreSkipped() throws Exception {
        for (String table : Routes.CAPTURED.keySet()) {
            assertThat(Routes.CAPTURED.get(table).mapper().map(record("cdc." + table, 1, "1", null))).as(table).isEmpty();
        }
    }

    @Test
    void revokedSessionCarriesItsRevocationTime() throws Exception {
        String id = "6f1c2a7e-9d3b-4c1a-8e2f-0b5d7c9a1e3f";
        String live = session(id, 9, "2025-11-24T08:00:00Z", null);
        String revoked = session(id, 9, "2025-11-24T08:00:00Z", "2025-11-23T09:00:00.250Z");

        var row = (OrgUserSessionRow) map("user_session", id, envelope("u", live, revoked, "user_session", LSN));

        assertThat(row.id()).isEqualTo(UUID.fromString(id));
        assertThat(row.userId()).isEqualTo(9);
        assertThat(row.expiresAt()).isEqualTo(Instant.parse("2025-11-24T08:00:00Z"));
        assertThat(row.revokedAt()).isEqualTo(Instant.parse("2025-11-23T09:00:00.250Z"));
    }

    @Test
    void sessionWhoseIdIsNotAUuidIsUnmappable() {
        assertThatThrownBy(() -> map("user_session", "x",
                envelope("c", null, session("not-a-uuid", 9, "2025-11-24T08:00:00Z", null), "user_session", LSN)))
                .hasMessage("after.id is not a UUID");
    }

    @Test
    void theSameEventMapsToTheSameRowEveryTime() throws Exception {
        String event = envelope("u", user(9, 5, null, true), user(9, 6, null, true), "app_user", LSN);

        assertThat(map("app_user", "9", event)).isEqualTo(map("app_user", "9", event));
    }

    @Test
    void insertStatementsHaveOnePlaceholderPerColumn() {
        for (Route route : Routes.CAPTURED.values()) {
            String sql = route.insertSql();
            String columns = sql.substring(sql.indexOf('(') + 1, sql.indexOf(')'));
            long placeholders = sql.chars().filter(c -> c == '?').count();
            assertThat(placeholders).as(sql).isEqualTo(columns.split(",").length);
        }
    }
}
