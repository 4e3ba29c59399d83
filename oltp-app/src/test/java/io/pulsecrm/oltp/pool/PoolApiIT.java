package io.pulsecrm.oltp.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.pulsecrm.oltp.customer.SalesFloor;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The public pool through the API: release, browse, claim (with its limit and races), assign, rules. */
class PoolApiIT extends SalesFloor {

    /** A customer of {@code owner} released into the pool by them. */
    private long pooled(long owner) {
        long customer = customerOwnedBy(owner, unique("公海客户"));
        String before = token;
        as(owner);
        assertThat(post("/api/v1/customers/" + customer + "/release", "{\"version\": %d, \"reason\": \"没有需求\"}"
                .formatted(version("customer", customer)))).hasStatus(HttpStatus.NO_CONTENT);
        token = before;
        return customer;
    }

    private long events(long customer, String kind) {
        return countWhere("select count(*) from pool_event where customer_id = ? and kind = ?", customer, kind);
    }

    @Test
    void anOwnerReleasesACustomerIntoThePoolWhereEveryRepCanSeeIt() {
        long customer = customerOwnedBy(repA, unique("放弃客户"));
        as(repA);
        post("/api/v1/customers/" + customer + "/contacts", "{\"name\": \"联系人\"}");
        post("/api/v1/customers/" + customer + "/team", "{\"userId\": %d, \"access\": \"READ\"}".formatted(repB));

        assertThat(post("/api/v1/customers/" + customer + "/release", "{\"version\": %d}"
                .formatted(version("customer", customer)))).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(ownerOf("customer", customer)).isNull();
        assertThat(countWhere("select count(*) from contact where customer_id = ? and owner_id is not null", customer)).isZero();
        assertThat(countWhere("select count(*) from record_team_member where entity_type = 'CUSTOMER' and entity_id = ?",
                customer)).isZero();
        assertThat(jdbc.sql("select from_owner_id from pool_event where customer_id = ? and kind = 'RELEASE'")
                .param(customer).query(Long.class).single()).isEqualTo(repA);
        as(outsider);
        assertThat(get("/api/v1/pool?size=100&q=放弃客户")).bodyJson().extractingPath("$.items[*].id").asArray()
                .contains((int) customer);
        assertThat(get("/api/v1/pool/" + customer)).hasStatusOk();
        assertThat(get("/api/v1/customers/" + customer)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aLockedCustomerCannotBeReleasedNorCanSomeoneOutOfScope() {
        long customer = customerOwnedBy(repA, unique("锁定不放"));
        as(manager);
        post("/api/v1/customers/" + customer + "/lock", "{\"version\": 0}");
        as(repA);

        assertThat(post("/api/v1/customers/" + customer + "/release", "{\"version\": 1}"))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("customer-locked");
        as(outsider);
        assertThat(post("/api/v1/customers/" + customer + "/release", "{\"version\": 1}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(ownerOf("customer", customer)).isEqualTo(repA);
    }

    @Test
    void aRepClaimsPooledCustomersAndOwnsThemWithTheirContacts() {
        long customer = pooled(repA);
        as(repB);

        MvcTestResult claimed = post("/api/v1/pool/claim", "{\"ids\": [%d]}".formatted(customer));

        assertThat(claimed).hasStatusOk().bodyJson().extractingPath("$.claimed").asNumber().isEqualTo(1);
        assertThat(ownerOf("customer", customer)).isEqualTo(repB);
        assertThat(jdbc.sql("select to_owner_dept_id from pool_event where customer_id = ? and kind = 'CLAIM'")
                .param(customer).query(Long.class).single()).isEqualTo(east);
        assertThat(countWhere("select count(*) from operation_log where entity_type = 'CUSTOMER' and entity_id = ? "
                + "and action = 'CLAIM'", customer)).isEqualTo(1);
        assertThat(get("/api/v1/customers/" + customer)).hasStatusOk();
        assertThat(get("/api/v1/pool/" + customer)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aClaimIncludingAnOwnedCustomerTakesNothing() {
        long free = pooled(repA);
        long owned = customerOwnedBy(repA, unique("有主"));
        as(manager);

        MvcTestResult refused = post("/api/v1/pool/claim", "{\"ids\": [%d, %d]}".formatted(free, owned));

        assertThat(refused).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("not-in-pool");
        assertThat(ownerOf("customer", free)).isNull();
        assertThat(ownerOf("customer", owned)).isEqualTo(repA);
        assertThat(events(free, "CLAIM")).isZero();
    }

    @Test
    void aClaimBeyondTheLimitIsRefusedNamingTheLimit() {
        long first = pooled(repA);
        long second = pooled(repA);
        long owned = countWhere("select count(*) from customer where owner_id = ?", repB);
        String rule = row();
        setClaimLimit((int) owned + 1);
        try {
            as(repB);
            MvcTestResult refused = post("/api/v1/pool/claim", "{\"ids\": [%d, %d]}".formatted(first, second));

            assertThat(refused).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code")
                    .isEqualTo("claim-limit-exceeded");
            assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("claim limit of " + (owned + 1));
            assertThat(ownerOf("customer", first)).isNull();
            assertThat(post("/api/v1/pool/claim", "{\"ids\": [%d]}".formatted(first))).hasStatusOk();
        } finally {
            restore(rule);
        }
    }

    @Test
    void twoRepsRacingForTheSameCustomerLeaveExactlyOneWinner() throws Exception {
        long customer = pooled(repA);
        List<String> tokens = List.of(users.tokenOf(repB), users.tokenOf(manager));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String bearer : tokens) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return mvc.post().uri("/api/v1/pool/claim").header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"ids\": [%d]}".formatted(customer))
                            .exchange().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            assertThat(events(customer, "CLAIM")).isEqualTo(1);
            assertThat(ownerOf("customer", customer)).isIn(repB, manager);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aManagerAssignsPooledCustomersToARepInScopeOnly() {
        long customer = pooled(repA);
        as(manager);

        assertThat(post("/api/v1/pool/assign", "{\"ids\": [%d], \"ownerId\": %d}".formatted(customer, outsider)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(ownerOf("customer", customer)).isNull();
        assertThat(post("/api/v1/pool/assign", "{\"ids\": [%d], \"ownerId\": %d}".formatted(customer, repB)))
                .hasStatusOk().bodyJson().extractingPath("$.assigned").asNumber().isEqualTo(1);
        assertThat(ownerOf("customer", customer)).isEqualTo(repB);
        assertThat(jdbc.sql("select actor_id from pool_event where customer_id = ? and kind = 'ASSIGN'")
                .param(customer).query(Long.class).single()).isEqualTo(manager);
    }

    @Test
    void withoutPoolPermissionsThePoolIsClosed() {
        long customer = pooled(repA);
        as(repA);
        assertThat(post("/api/v1/pool/assign", "{\"ids\": [%d], \"ownerId\": %d}".formatted(customer, repA)))
                .hasStatus(HttpStatus.FORBIDDEN);
        as(agent);
        assertThat(get("/api/v1/pool")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post("/api/v1/pool/claim", "{\"ids\": [%d]}".formatted(customer))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/pool/rules")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(ownerOf("customer", customer)).isNull();
    }

    @Test
    void anAdminChangesTheRulesWithTheCurrentVersionOnly() {
        asAdmin();
        MvcTestResult current = get("/api/v1/pool/rules");
        int version = com.jayway.jsonpath.JsonPath.read(body(current), "$.version");
        String rule = row();
        try {
            MvcTestResult changed = put("/api/v1/pool/rules", """
                    {"enabled": true, "daysWithoutFollowUp": 45, "daysWithoutDeal": null, "warnDaysBefore": 5,
                     "claimLimit": 300, "version": %d}""".formatted(version));

            assertThat(changed).hasStatusOk().bodyJson().extractingPath("$.daysWithoutFollowUp").asNumber().isEqualTo(45);
            assertThat(put("/api/v1/pool/rules", """
                    {"enabled": false, "warnDaysBefore": 5, "version": %d}""".formatted(version)))
                    .hasStatus(HttpStatus.CONFLICT);
        } finally {
            restore(rule);
        }
    }

    private String row() {
        return jdbc.sql("select enabled || ',' || coalesce(days_without_follow_up::text, '') || ',' "
                + "|| coalesce(days_without_deal::text, '') || ',' || warn_days_before || ',' "
                + "|| coalesce(claim_limit::text, '') from pool_rule").query(String.class).single();
    }

    private void restore(String rule) {
        String[] v = rule.split(",", -1);
        jdbc.sql("""
                update pool_rule set enabled = cast(:e as boolean), days_without_follow_up = cast(nullif(:f, '') as int),
                    days_without_deal = cast(nullif(:d, '') as int), warn_days_before = cast(:w as int),
                    claim_limit = cast(nullif(:c, '') as int)""")
                .param("e", v[0]).param("f", v[1]).param("d", v[2]).param("w", v[3]).param("c", v[4]).update();
    }

    private void setClaimLimit(Integer limit) {
        jdbc.sql("update pool_rule set claim_limit = :l").param("l", limit).update();
    }
}
