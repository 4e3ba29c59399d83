package io.pulsecrm.oltp.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Follow-ups through the REST API. The organization is the test's own:
 *
 * <pre>
 * region ─┬ east (manager M: DEPT_AND_CHILDREN of region → reps A, B: SELF)
 *         └ north (rep N)
 * other (marketer K: no follow-up permissions)
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpApiIT extends ApiIntegrationTest {

    private long manager;
    private long repA;
    private long repB;
    private long repN;
    private long marketer;
    private long stage;
    private CrmRecords records;

    @BeforeAll
    void organization() {
        long region = users.department(null);
        long east = users.department(region);
        long north = users.department(region);
        manager = users.user(region, null, "SALES_MANAGER");
        repA = users.user(east, manager, "SALES_REP");
        repB = users.user(east, manager, "SALES_REP");
        repN = users.user(north, manager, "SALES_REP");
        marketer = users.user(users.department(null), null, "MARKETER");
        stage = newStage("20");
        records = new CrmRecords(jdbc);
    }

    private static Instant hoursAgo(int hours) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(hours));
    }

    private MvcTestResult write(String subjectType, long subjectId, Instant occurredAt, Instant next) {
        return post("/api/v1/follow-ups", """
                {"subjectType": "%s", "subjectId": %d, "kind": "COMMUNICATION", "method": "PHONE",
                 "content": "电话沟通：客户关心实施周期\\n下周二上门演示", "occurredAt": "%s", "nextContactAt": %s}"""
                .formatted(subjectType, subjectId, occurredAt, next == null ? "null" : "\"" + next + "\""));
    }

    private long tasksOf(long followUpId) {
        return jdbc.sql("select count(*) from task where follow_up_id = ?").param(followUpId).query(Long.class).single();
    }

    private String snapshot() {
        return jdbc.sql("""
                select (select count(*) || '/' || coalesce(max(id), 0) from follow_up) || '|' ||
                       (select count(*) || '/' || coalesce(max(id), 0) from task) || '|' ||
                       (select count(*) || '/' || coalesce(max(id), 0) from operation_log) || '|' ||
                       (select count(*) || '/' || coalesce(max(id), 0) from notification)""")
                .query(String.class).single();
    }

    @Test
    void aFollowUpOnACustomerStampsItAndLandsInTheAuthorsSchedule() {
        long customer = records.customer(repA);
        token = users.tokenOf(repA);
        Instant occurred = hoursAgo(1);
        Instant next = occurred.plus(Duration.ofDays(2));

        MvcTestResult created = write("CUSTOMER", customer, occurred, next);

        assertThat(created).hasStatus(HttpStatus.CREATED);
        long id = idOf(created);
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/follow-ups/" + id);
        assertThat(created).bodyJson().isLenientlyEqualTo("""
                {"subjectType": "CUSTOMER", "subjectId": %d, "customerId": %d, "kind": "COMMUNICATION", "method": "PHONE",
                 "ownerId": %d, "version": 0}""".formatted(customer, customer, repA));
        assertThat(records.instant("select last_follow_up_at from customer where id = ?", customer)).isEqualTo(occurred);
        assertThat(records.instant("select next_contact_at from customer where id = ?", customer)).isEqualTo(next);
        Map<String, Object> task = jdbc.sql("""
                select owner_id, title, subject_type, subject_id, done, due_at, remind_at, reminded_at
                from task where follow_up_id = ?""").param(id).query().singleRow();
        assertThat(task).containsEntry("owner_id", repA).containsEntry("title", "电话沟通：客户关心实施周期")
                .containsEntry("subject_type", "CUSTOMER").containsEntry("subject_id", customer)
                .containsEntry("done", false).containsEntry("reminded_at", null);
        assertThat(((java.sql.Timestamp) task.get("due_at")).toInstant()).isEqualTo(next);
        assertThat(((java.sql.Timestamp) task.get("remind_at")).toInstant()).isEqualTo(next.minus(Duration.ofMinutes(15)));
        assertThat(get("/api/v1/follow-ups/%d/logs".formatted(id))).hasStatusOk().bodyJson()
                .extractingPath("$[*].action").asArray().containsExactly("CREATE");
    }

    @Test
    void aBackDatedFollowUpNeverMovesTheLastFollowUpBack() {
        long customer = records.customer(repA);
        token = users.tokenOf(repA);
        Instant latest = hoursAgo(1);
        assertThat(write("CUSTOMER", customer, latest, null)).hasStatus(HttpStatus.CREATED);
        assertThat(write("CUSTOMER", customer, hoursAgo(48), null)).hasStatus(HttpStatus.CREATED);

        assertThat(records.instant("select last_follow_up_at from customer where id = ?", customer)).isEqualTo(latest);
        assertThat(records.instant("select next_contact_at from customer where id = ?", customer)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONTACT", "OPPORTUNITY", "CONTRACT", "CONVERTED_LEAD"})
    void aFollowUpOnARecordUnderACustomerStampsThatCustomer(String kind) {
        long customer = records.customer(repA);
        long subject = switch (kind) {
            case "CONTACT" -> records.contact(customer, repA);
            case "OPPORTUNITY" -> records.opportunity(repA, customer, stage);
            case "CONTRACT" -> records.contract(repA, customer);
            default -> records.convertedLead(repA, customer);
        };
        String type = kind.equals("CONVERTED_LEAD") ? "LEAD" : kind;
        token = users.tokenOf(repA);
        Instant occurred = hoursAgo(2);

        MvcTestResult created = write(type, subject, occurred, occurred.plus(Duration.ofDays(1)));

        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.customerId").isEqualTo((int) customer);
        assertThat(records.instant("select last_follow_up_at from customer where id = ?", customer)).isEqualTo(occurred);
        assertThat(tasksOf(idOf(created))).isOne();
    }

    @Test
    void aFollowUpOnANewLeadStampsTheLeadAndBelongsToNoCustomer() {
        long lead = records.lead(repA);
        token = users.tokenOf(repA);
        Instant occurred = hoursAgo(3);
        Instant next = occurred.plus(Duration.ofDays(1));

        MvcTestResult created = write("LEAD", lead, occurred, next);

        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.customerId").isNull();
        assertThat(records.instant("select last_follow_up_at from lead where id = ?", lead)).isEqualTo(occurred);
        assertThat(records.instant("select next_contact_at from lead where id = ?", lead)).isEqualTo(next);
    }

    @Test
    void aSubjectOutOfScopeOrMissingAnswers404AndNothingIsWritten() {
        long foreign = records.customer(repN);
        long pooled = records.pooledCustomer(repN);
        token = users.tokenOf(repA);
        String before = snapshot();

        for (long id : List.of(foreign, pooled, 999_999_999L)) {
            MvcTestResult refused = write("CUSTOMER", id, hoursAgo(1), hoursAgo(1).plus(Duration.ofDays(1)));
            assertThat(refused).hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("subject-not-found");
            assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo("customer " + id + " does not exist");
        }
        assertThat(write("OPPORTUNITY", records.opportunity(repN, foreign, stage), hoursAgo(1), null))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(write("LEAD", records.lead(repN), hoursAgo(1), null)).hasStatus(HttpStatus.NOT_FOUND);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(records.instant("select last_follow_up_at from customer where id = ?", foreign)).isNull();
    }

    @Test
    void aTeamMemberWritesOnTheRecordOnlyWithWriteAccess() {
        long shared = records.customer(repN);
        records.team("CUSTOMER", shared, repA, "READ");
        records.team("CUSTOMER", shared, repB, "WRITE");
        String before = snapshot();

        token = users.tokenOf(repA);
        assertThat(write("CUSTOMER", shared, hoursAgo(1), null)).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.code").isEqualTo("permission-denied");
        assertThat(snapshot()).isEqualTo(before);

        token = users.tokenOf(repB);
        assertThat(write("CUSTOMER", shared, hoursAgo(1), null)).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aContactIsReachedThroughItsCustomer() {
        long customer = records.customer(repN);
        long contact = records.contact(customer, null);
        records.team("CUSTOMER", customer, repA, "WRITE");
        token = users.tokenOf(repA);
        assertThat(write("CONTACT", contact, hoursAgo(1), null)).hasStatus(HttpStatus.CREATED);
        token = users.tokenOf(repB);
        assertThat(write("CONTACT", contact, hoursAgo(1), null)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void withoutThePermissionAnswers403AndNothingChanges() {
        long customer = records.customer(repA);
        token = users.tokenOf(repA);
        long id = idOf(write("CUSTOMER", customer, hoursAgo(1), hoursAgo(1).plus(Duration.ofDays(1))));
        String before = snapshot();

        token = users.tokenOf(marketer);
        assertThat(write("CUSTOMER", customer, hoursAgo(1), null)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/follow-ups?customerId=" + customer)).hasStatus(HttpStatus.FORBIDDEN);
        token = users.tokenOf(repA);
        // reps may not delete follow-ups, not even their own (follow_up:delete is a manager's)
        assertThat(delete("/api/v1/follow-ups/" + id)).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().extractingPath("$.code").isEqualTo("permission-denied");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aRecordsHistoryIsShownToWhoeverMayReadTheRecordEvenAfterATransfer() {
        long customer = records.customer(repA);
        token = users.tokenOf(repA);
        long byA = idOf(write("CUSTOMER", customer, hoursAgo(5), null));
        jdbc.sql("update customer set owner_id = ? where id = ?").params(repB, customer).update();

        token = users.tokenOf(repB);
        assertThat(listedIds("/api/v1/follow-ups?subjectType=CUSTOMER&subjectId=" + customer)).containsExactly(byA);
        assertThat(get("/api/v1/follow-ups/" + byA)).hasStatusOk();
        assertThat(listedIds("/api/v1/follow-ups?size=100")).doesNotContain(byA);
        // seen through the record, but written by someone outside B's scope: B may not change it
        assertThat(put("/api/v1/follow-ups/" + byA, """
                {"kind": "LOG", "content": "改写", "occurredAt": "%s", "version": 0}""".formatted(hoursAgo(5))))
                .hasStatus(HttpStatus.FORBIDDEN);

        token = users.tokenOf(repN);
        assertThat(get("/api/v1/follow-ups/" + byA)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/follow-ups?subjectType=CUSTOMER&subjectId=" + customer)).hasStatus(HttpStatus.NOT_FOUND);

        token = users.tokenOf(manager);
        assertThat(listedIds("/api/v1/follow-ups?size=100")).contains(byA);
    }

    @Test
    void theCustomerPageListsFollowUpsOfEverythingUnderItNewestFirst() {
        long customer = records.customer(repA);
        long contact = records.contact(customer, repA);
        long deal = records.opportunity(repA, customer, stage);
        token = users.tokenOf(repA);
        long onCustomer = idOf(write("CUSTOMER", customer, hoursAgo(30), null));
        long onContact = idOf(write("CONTACT", contact, hoursAgo(20), null));
        long onDeal = idOf(post("/api/v1/follow-ups", """
                {"subjectType": "OPPORTUNITY", "subjectId": %d, "kind": "LOG", "content": "方案已提交", "occurredAt": "%s"}"""
                .formatted(deal, hoursAgo(10))));

        assertThat(listedIds("/api/v1/follow-ups?customerId=" + customer)).containsExactly(onDeal, onContact, onCustomer);
        assertThat(listedIds("/api/v1/follow-ups?customerId=%d&kind=LOG".formatted(customer))).containsExactly(onDeal);
        assertThat(listedIds("/api/v1/follow-ups?customerId=%d&from=%s&to=%s".formatted(customer, hoursAgo(25), hoursAgo(15))))
                .containsExactly(onContact);
        assertThat(listedIds("/api/v1/follow-ups?subjectType=CONTACT&subjectId=" + contact)).containsExactly(onContact);
        assertThat(get("/api/v1/follow-ups?customerId=%d&size=2".formatted(customer))).bodyJson().isLenientlyEqualTo("""
                {"page": 0, "size": 2, "totalItems": 3, "totalPages": 2}""");

        token = users.tokenOf(manager);
        assertThat(listedIds("/api/v1/follow-ups?mine=true&customerId=" + customer)).isEmpty();
    }

    @Test
    void theAuthorRevisesAndTheScheduleEntryFollowsTheNextContact() {
        long customer = records.customer(repA);
        token = users.tokenOf(repA);
        Instant occurred = hoursAgo(1);
        long id = idOf(write("CUSTOMER", customer, occurred, occurred.plus(Duration.ofDays(1))));
        Instant moved = occurred.plus(Duration.ofDays(3));

        MvcTestResult revised = put("/api/v1/follow-ups/" + id, """
                {"kind": "COMMUNICATION", "method": "VISIT", "content": "上门拜访，约好复盘", "occurredAt": "%s",
                 "nextContactAt": "%s", "version": 0}""".formatted(occurred, moved));

        assertThat(revised).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"method": "VISIT", "content": "上门拜访，约好复盘", "version": 1}""");
        assertThat(records.instant("select due_at from task where follow_up_id = ?", id)).isEqualTo(moved);
        assertThat(records.instant("select next_contact_at from customer where id = ?", customer)).isEqualTo(moved);
        assertThat(tasksOf(id)).isOne();

        assertThat(put("/api/v1/follow-ups/" + id, """
                {"kind": "LOG", "content": "旧版本", "occurredAt": "%s", "version": 0}""".formatted(occurred)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("stale-version");

        assertThat(put("/api/v1/follow-ups/" + id, """
                {"kind": "LOG", "content": "不再需要联系", "occurredAt": "%s", "nextContactAt": null, "version": 1}"""
                .formatted(occurred))).hasStatusOk();
        assertThat(tasksOf(id)).isZero();
        assertThat(get("/api/v1/follow-ups/%d/logs".formatted(id))).bodyJson().extractingPath("$[*].action").asArray()
                .containsExactly("UPDATE", "UPDATE", "CREATE");
    }

    @Test
    void aManagerDeletesAFollowUpOfTheTeamWithItsOpenScheduleEntry() {
        long customer = records.customer(repA);
        token = users.tokenOf(repA);
        long id = idOf(write("CUSTOMER", customer, hoursAgo(1), hoursAgo(1).plus(Duration.ofDays(1))));

        token = users.tokenOf(manager);
        assertThat(delete("/api/v1/follow-ups/" + id)).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(get("/api/v1/follow-ups/" + id)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(tasksOf(id)).isZero();
        assertThat(jdbc.sql("select count(*) from operation_log where entity_type = 'FOLLOW_UP' and entity_id = ? and action = 'DELETE'")
                .param(id).query(Long.class).single()).isOne();
    }

    private List<Long> listedIds(String path) {
        MvcTestResult page = get(path);
        assertThat(page).hasStatusOk();
        List<Number> ids = JsonPath.read(body(page), "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }
}
