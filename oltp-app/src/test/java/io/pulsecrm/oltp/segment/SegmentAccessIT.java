package io.pulsecrm.oltp.segment;

import static io.pulsecrm.oltp.segment.SegmentApiIT.HIGH_VALUE;
import static io.pulsecrm.oltp.segment.SegmentApiIT.unique;
import static org.assertj.core.api.Assertions.assertThat;


import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Who reaches which segment: the owner's data scope like every record (out of scope → 404, nothing
 * changes), and the segment:* permissions (missing → 403, nothing changes).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentAccessIT extends ApiIntegrationTest {

    private long marketer;
    private long selfMarketer;
    private long teamLead;
    private long teamMember;
    private long viewer;
    private long rep;
    private long stranger;

    @BeforeAll
    void organization() {
        long marketing = users.department(null);
        long team = users.department(marketing);
        marketer = users.user(marketing, null, "MARKETER");
        selfMarketer = users.user(marketing, null);
        users.grant(selfMarketer, users.role("SELF", "segment:view", "segment:create", "segment:edit", "segment:delete"));
        teamLead = users.user(marketing, null);
        users.grant(teamLead, users.role("DEPT_AND_CHILDREN", "segment:view", "segment:edit"));
        teamMember = users.user(team, null);
        users.grant(teamMember, users.role("SELF", "segment:view", "segment:create"));
        viewer = users.user(marketing, null);
        users.grant(viewer, users.role("ALL", "segment:view"));
        rep = users.user(users.department(null), null, "SALES_REP");
        stranger = users.user(users.department(null), null);
        users.grant(stranger, users.role("SELF", "segment:view", "segment:create"));
    }


    private long segmentOf(long owner) {
        token = users.tokenOf(owner);
        MvcTestResult created = post("/api/v1/segments", """
                {"name": "%s", "rule": %s}""".formatted(unique("分群"), HIGH_VALUE));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    private String state(long id) {
        return jdbc.sql("select s::text from segment s where id = ?").param(id).query(String.class).single()
                + jdbc.sql("select count(*) from operation_log where entity_type = 'SEGMENT' and entity_id = ?")
                .param(id).query(Long.class).single();
    }

    @Test
    void aSegmentOutsideTheCallersScopeAnswers404AndChangesNothing() {
        long theirs = segmentOf(marketer);
        long own = segmentOf(selfMarketer);
        String before = state(theirs);

        token = users.tokenOf(selfMarketer);
        assertThat(get("/api/v1/segments/" + theirs)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/segments/%d/logs".formatted(theirs))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(put("/api/v1/segments/" + theirs, """
                {"name": "改掉", "rule": %s, "version": 0}""".formatted(HIGH_VALUE))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(delete("/api/v1/segments/" + theirs)).hasStatus(HttpStatus.NOT_FOUND);

        assertThat(state(theirs)).isEqualTo(before);
        assertThat(get("/api/v1/segments?size=100")).bodyJson().extractingPath("$.items[*].id").asArray()
                .containsExactly((int) own);
        assertThat(get("/api/v1/segments?size=100")).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
    }

    @Test
    void aDepartmentScopeReachesTheSegmentsOfItsChildDepartmentsOwners() {
        long members = segmentOf(teamMember);
        long sameDepartment = segmentOf(marketer);
        long otherDepartment = segmentOf(stranger);

        token = users.tokenOf(teamLead);
        assertThat(get("/api/v1/segments/" + members)).hasStatusOk();
        assertThat(put("/api/v1/segments/" + members, """
                {"name": "%s", "rule": %s, "version": 0}""".formatted(unique("组内"), HIGH_VALUE))).hasStatusOk();
        assertThat(get("/api/v1/segments?ownerId=" + teamMember)).bodyJson().extractingPath("$.items[*].id").asArray()
                .containsExactly((int) members);
        assertThat(get("/api/v1/segments/" + sameDepartment)).hasStatusOk();
        assertThat(get("/api/v1/segments/" + otherDepartment)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void withoutItsPermissionEachActionAnswers403AndChangesNothing() {
        long segment = segmentOf(marketer);
        String before = state(segment);
        long segments = count("segment");

        token = users.tokenOf(rep);
        assertThat(get("/api/v1/segments")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/segments/features")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/segments/" + segment)).hasStatus(HttpStatus.FORBIDDEN);

        token = users.tokenOf(viewer);
        assertThat(get("/api/v1/segments/" + segment)).hasStatusOk();
        assertThat(post("/api/v1/segments", "{\"name\": \"x\", \"rule\": %s}".formatted(HIGH_VALUE)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("permission-denied");
        assertThat(put("/api/v1/segments/" + segment, """
                {"name": "x", "rule": %s, "version": 0}""".formatted(HIGH_VALUE))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(delete("/api/v1/segments/" + segment)).hasStatus(HttpStatus.FORBIDDEN);

        token = users.tokenOf(teamLead);
        assertThat(delete("/api/v1/segments/" + segment)).hasStatus(HttpStatus.FORBIDDEN);

        assertThat(state(segment)).isEqualTo(before);
        assertThat(count("segment")).isEqualTo(segments);
    }
}
