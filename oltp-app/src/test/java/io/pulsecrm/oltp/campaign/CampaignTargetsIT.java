package io.pulsecrm.oltp.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.pulsecrm.oltp.support.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A campaign's target list, filled from a segment: only customers the caller may read, all or none, and only on a
 * campaign whose owner is in the caller's scope (else 404, nothing changed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignTargetsIT extends ApiIntegrationTest {

    private long marketer;
    private long colleague;
    private long stranger;
    private long viewerOnly;

    @BeforeAll
    void organization() {
        long marketing = users.department(null);
        long elsewhere = users.department(null);
        marketer = users.user(marketing, null);
        users.grant(marketer, users.role("SELF", "campaign:view", "campaign:create", "campaign:edit"));
        colleague = users.user(marketing, null);
        users.grant(colleague, users.role("SELF", "campaign:view", "campaign:create", "campaign:edit"));
        stranger = users.user(elsewhere, null);
        viewerOnly = users.user(marketing, null);
        users.grant(viewerOnly, users.role("ALL", "campaign:view"));
    }


    private long campaignOf(long owner) {
        token = users.tokenOf(owner);
        MvcTestResult created = post("/api/v1/campaigns", """
                {"name": "IT 目标活动 %s", "channel": "EMAIL", "budget": 1000, "startDate": "2026-01-01",
                 "endDate": "2026-12-31"}""".formatted(UUID.randomUUID()));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return idOf(created);
    }

    private String targets(long campaign) {
        return jdbc.sql("select coalesce(string_agg(customer_id::text, ',' order by customer_id), '') from campaign_target"
                + " where campaign_id = ?").param(campaign).query(String.class).single();
    }

    private MvcTestResult add(long campaign, String ids) {
        return post("/api/v1/campaigns/%d/targets".formatted(campaign), "{\"customerIds\": " + ids + "}");
    }

    @Test
    void customersInScopeAreAddedOnceAndListedNewestFirst() {
        long campaign = campaignOf(marketer);
        long first = newCustomerOf(marketer);
        long second = newCustomerOf(marketer);

        MvcTestResult added = add(campaign, "[%d, %d]".formatted(first, second));
        assertThat(added).hasStatusOk();
        assertThat(added).bodyJson().extractingPath("$.added").isEqualTo(2);
        MvcTestResult again = add(campaign, "[%d]".formatted(second));
        assertThat(again).bodyJson().extractingPath("$.added").isEqualTo(0);
        assertThat(again).bodyJson().extractingPath("$.alreadyTargeted").isEqualTo(1);
        assertThat(again).bodyJson().extractingPath("$.total").isEqualTo(2);

        MvcTestResult listed = get("/api/v1/campaigns/%d/targets".formatted(campaign));
        assertThat(listed).hasStatusOk();
        assertThat(listed).bodyJson().extractingPath("$.items[*].customerId").asArray()
                .containsExactlyInAnyOrder((int) first, (int) second);
        assertThat(listed).bodyJson().extractingPath("$.totalItems").isEqualTo(2);
        assertThat(listed).bodyJson().extractingPath("$.items[0].addedBy").isEqualTo((int) marketer);
    }

    @Test
    void aCustomerOutsideTheScopeOrMissingRefusesTheWholeListNamingIt() {
        long campaign = campaignOf(marketer);
        long own = newCustomerOf(marketer);
        long theirs = newCustomerOf(colleague);

        MvcTestResult refused = add(campaign, "[%d, %d, %d]".formatted(own, theirs, Long.MAX_VALUE));

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(refused).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("customerIds[1]", "customerIds[2]");
        assertThat(targets(campaign)).as("nothing partial").isEmpty();
    }

    @Test
    void malformedIdsAnswer400NamingEachAndAddNothing() {
        long campaign = campaignOf(marketer);
        long own = newCustomerOf(marketer);

        assertThat(add(campaign, "[]")).bodyJson().extractingPath("$.errors[0].field").isEqualTo("customerIds");
        assertThat(post("/api/v1/campaigns/%d/targets".formatted(campaign), "{}")).hasStatus(HttpStatus.BAD_REQUEST);
        MvcTestResult zeroAndRepeat = add(campaign, "[%d, 0, %d]".formatted(own, own));
        assertThat(zeroAndRepeat).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(zeroAndRepeat).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("customerIds[1]", "customerIds[2]");
        MvcTestResult text = add(campaign, "[%d, \"x\"]".formatted(own));
        assertThat(text).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(text).bodyJson().extractingPath("$.errors[0].field").isEqualTo("customerIds[1]");

        assertThat(targets(campaign)).isEmpty();
    }

    @Test
    void aCampaignWhoseOwnerIsOutOfScopeAnswers404AndChangesNothing() {
        long theirs = campaignOf(colleague);
        long customer = newCustomerOf(colleague);
        assertThat(add(theirs, "[%d]".formatted(customer))).hasStatusOk();

        token = users.tokenOf(marketer);
        assertThat(add(theirs, "[%d]".formatted(newCustomerOf(marketer)))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/campaigns/%d/targets".formatted(theirs))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(add(Long.MAX_VALUE, "[%d]".formatted(customer))).hasStatus(HttpStatus.NOT_FOUND);

        assertThat(targets(theirs)).isEqualTo(Long.toString(customer));
    }

    @Test
    void withoutCampaignEditAddingAnswers403() {
        long campaign = campaignOf(marketer);
        long customer = newCustomerOf(marketer);

        token = users.tokenOf(viewerOnly);
        assertThat(add(campaign, "[%d]".formatted(customer))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/campaigns/%d/targets".formatted(campaign))).hasStatusOk();
        token = users.tokenOf(stranger);
        assertThat(get("/api/v1/campaigns/%d/targets".formatted(campaign))).hasStatus(HttpStatus.FORBIDDEN);

        assertThat(targets(campaign)).isEmpty();
    }
}
