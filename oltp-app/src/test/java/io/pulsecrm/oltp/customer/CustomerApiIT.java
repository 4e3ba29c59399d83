package io.pulsecrm.oltp.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Creating, reading, editing, locking and deleting customers through the API, as their owner. */
class CustomerApiIT extends SalesFloor {

    @Test
    void aRepCreatesACustomerTheyOwnInTheirDepartment() {
        as(repA);
        MvcTestResult created = post("/api/v1/customers", """
                {"name": "  上海星辰科技有限公司 ", "level": "KEY", "industry": "软件", "region": "上海", "phone": "021-6234 5678",
                 "email": "info@xingchen.example", "source": "EXHIBITION", "remark": "展会认识"}""");

        assertThat(created).hasStatus(HttpStatus.CREATED).hasHeader("Location", "/api/v1/customers/" + idOf(created));
        assertThat(created).bodyJson().extractingPath("$.name").isEqualTo("上海星辰科技有限公司");
        assertThat(created).bodyJson().extractingPath("$.ownerId").asNumber().isEqualTo((int) repA);
        assertThat(created).bodyJson().extractingPath("$.ownerDeptId").asNumber().isEqualTo((int) east);
        assertThat(created).bodyJson().extractingPath("$.dealStatus").isEqualTo("NONE");
        assertThat(get("/api/v1/customers/" + idOf(created) + "/logs")).bodyJson()
                .extractingPath("$[0].action").isEqualTo("CREATE");
    }

    @Test
    void theDetailShowsThePrimaryContactTheTeamAndCounts() {
        as(repA);
        long customer = newCustomer(unique("详情客户"));
        assertThat(post("/api/v1/customers/" + customer + "/contacts", "{\"name\": \"王经理\", \"mobile\": \"13800000000\"}"))
                .hasStatus(HttpStatus.CREATED);
        assertThat(post("/api/v1/customers/" + customer + "/team", "{\"userId\": %d, \"access\": \"READ\"}".formatted(repB)))
                .hasStatus(HttpStatus.CREATED);

        MvcTestResult detail = get("/api/v1/customers/" + customer);

        assertThat(detail).hasStatusOk();
        assertThat(detail).bodyJson().extractingPath("$.primaryContact.name").isEqualTo("王经理");
        assertThat(detail).bodyJson().extractingPath("$.team[0].userId").asNumber().isEqualTo((int) repB);
        assertThat(detail).bodyJson().extractingPath("$.counts.contacts").asNumber().isEqualTo(1);
    }

    @Test
    void anUpdateWithAStaleVersionIsRefusedAndChangesNothing() {
        as(repA);
        long customer = newCustomer(unique("版本客户"));
        assertThat(put("/api/v1/customers/" + customer, "{\"name\": \"改过一次\", \"version\": 0}")).hasStatusOk();
        String before = row("customer", customer);

        MvcTestResult stale = put("/api/v1/customers/" + customer, "{\"name\": \"又改一次\", \"version\": 0}");

        assertThat(stale).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("stale-version");
        assertThat(row("customer", customer)).isEqualTo(before);
    }

    @Test
    void anUpdateIsLoggedWithWhatChanged() {
        as(repA);
        long customer = newCustomer(unique("日志客户"));
        put("/api/v1/customers/" + customer, "{\"name\": \"新名字\", \"level\": \"KEY\", \"version\": 0}");

        MvcTestResult logs = get("/api/v1/customers/" + customer + "/logs");

        assertThat(logs).bodyJson().extractingPath("$[0].action").isEqualTo("UPDATE");
        assertThat(logs).bodyJson().extractingPath("$[0].changes.level.to").isEqualTo("KEY");
    }

    @Test
    void theListFiltersByNameFragmentPhoneLevelAndLockedNewestChangeFirst() {
        as(repB);
        String tag = unique("筛选");
        long key = newCustomer(tag + " 甲");
        long normal = newCustomer(tag + " 乙");
        put("/api/v1/customers/" + key, "{\"name\": \"%s 甲\", \"level\": \"KEY\", \"phone\": \"400-800-1234\", \"version\": 0}"
                .formatted(tag));

        assertThat(ids(get("/api/v1/customers?q=" + tag))).containsExactly(key, normal);
        assertThat(ids(get("/api/v1/customers?q=" + tag + "&level=KEY"))).containsExactly(key);
        assertThat(ids(get("/api/v1/customers?q=400-800-1234&ownerId=" + repB))).containsExactly(key);
        assertThat(ids(get("/api/v1/customers?q=" + tag + "&locked=true"))).isEmpty();
        assertThat(get("/api/v1/customers?q=" + tag)).bodyJson().extractingPath("$.totalItems").asNumber().isEqualTo(2);
    }

    @Test
    void aManagerLocksACustomerAndUnlocksIt() {
        as(repA);
        long customer = newCustomer(unique("锁定客户"));
        as(manager);

        MvcTestResult locked = post("/api/v1/customers/" + customer + "/lock", "{\"version\": 0}");

        assertThat(locked).hasStatusOk().bodyJson().extractingPath("$.locked").isEqualTo(true);
        assertThat(post("/api/v1/customers/" + customer + "/unlock", "{\"version\": 1}")).hasStatusOk()
                .bodyJson().extractingPath("$.locked").isEqualTo(false);
        assertThat(get("/api/v1/customers/" + customer + "/logs")).bodyJson().extractingPath("$[*].action").asArray()
                .contains("LOCK", "UNLOCK");
    }

    @Test
    void aRepWithoutTheLockPermissionIsRefused() {
        as(repA);
        long customer = newCustomer(unique("不能锁"));

        assertThat(post("/api/v1/customers/" + customer + "/lock", "{\"version\": 0}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select locked from customer where id = ?").param(customer).query(Boolean.class).single()).isFalse();
    }

    @Test
    void deletingACustomerWithContractsIsRefused() {
        as(repA);
        long customer = newCustomer(unique("有合同"));
        jdbc.sql("""
                insert into contract (number, name, customer_id, signed_on, owner_id, owner_dept_id, created_by)
                values (:n, '合同', :c, current_date, :u, :d, :u)""")
                .param("n", unique("HT")).param("c", customer).param("u", repA).param("d", east).update();
        as(manager);

        MvcTestResult refused = delete("/api/v1/customers/" + customer);

        assertThat(refused).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("customer-has-deals");
        assertThat(row("customer", customer)).isNotEqualTo("absent");
    }

    @Test
    void aManagerDeletesACustomerWithItsContactsAndTeam() {
        as(repA);
        long customer = newCustomer(unique("删除客户"));
        post("/api/v1/customers/" + customer + "/contacts", "{\"name\": \"联系人\"}");
        post("/api/v1/customers/" + customer + "/team", "{\"userId\": %d, \"access\": \"READ\"}".formatted(repB));
        as(manager);

        assertThat(delete("/api/v1/customers/" + customer)).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(row("customer", customer)).isEqualTo("absent");
        assertThat(countWhere("select count(*) from contact where customer_id = ?", customer)).isZero();
        assertThat(countWhere("select count(*) from record_team_member where entity_type = 'CUSTOMER' and entity_id = ?",
                customer)).isZero();
    }

    @Test
    void aRepCannotDeleteCustomersWithoutThePermission() {
        as(repA);
        long customer = newCustomer(unique("不能删"));

        assertThat(delete("/api/v1/customers/" + customer)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(row("customer", customer)).isNotEqualTo("absent");
    }

    @Test
    void followUpsOfTheCustomerAndEverythingUnderItAreListedNewestFirstByKind() {
        as(repA);
        long customer = newCustomer(unique("跟进客户"));
        followUp(customer, "CUSTOMER", customer, "COMMUNICATION", "2026-01-01T08:00:00Z");
        followUp(customer, "CONTACT", 999_999, "LOG", "2026-01-03T08:00:00Z");
        followUp(customer, "OPPORTUNITY", 999_998, "COMMUNICATION", "2026-01-02T08:00:00Z");

        MvcTestResult all = get("/api/v1/customers/" + customer + "/follow-ups");
        MvcTestResult talks = get("/api/v1/customers/" + customer + "/follow-ups?kind=COMMUNICATION");

        assertThat(all).bodyJson().extractingPath("$.items[*].subjectType").asArray()
                .containsExactly("CONTACT", "OPPORTUNITY", "CUSTOMER");
        assertThat(talks).bodyJson().extractingPath("$.totalItems").asNumber().isEqualTo(2);
        as(outsider);
        assertThat(get("/api/v1/customers/" + customer + "/follow-ups")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private void followUp(long customer, String subjectType, long subjectId, String kind, String at) {
        jdbc.sql("""
                insert into follow_up (subject_type, subject_id, customer_id, kind, content, occurred_at, owner_id, owner_dept_id)
                values (:t, :s, :c, :k, '电话沟通', cast(:at as timestamptz), :u, :d)""")
                .param("t", subjectType).param("s", subjectId).param("c", customer).param("k", kind).param("at", at)
                .param("u", repA).param("d", east).update();
    }
}
