package io.pulsecrm.oltp.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** When customers fall back into the pool and when their owners hear of it, on a fixed clock. */
class RecyclePolicyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Instant NOW = CLOCK.instant();
    private static final PoolRule RULE = new PoolRule(true, 30, 90, 3, 200, NOW, 0);

    private final RecyclePolicy policy = new RecyclePolicy(RULE);

    private static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void aCustomerWithoutAFollowUpForThirtyDaysIsDue() {
        RecycleFacts facts = new RecycleFacts(daysAgo(60), daysAgo(30), false, false);

        assertThat(policy.isDue(facts, NOW)).isTrue();
        assertThat(policy.dueOf(facts).orElseThrow().reason()).isEqualTo(RecyclePolicy.Reason.NO_FOLLOW_UP);
        assertThat(policy.dueOf(facts).orElseThrow().at()).isEqualTo(NOW);
    }

    @Test
    void aRecentFollowUpKeepsTheCustomer() {
        assertThat(policy.isDue(new RecycleFacts(daysAgo(60), daysAgo(29), false, false), NOW)).isFalse();
    }

    @Test
    void withoutAnyFollowUpTheClockStartsWhenTheOwnerTookIt() {
        assertThat(policy.isDue(new RecycleFacts(daysAgo(31), null, false, false), NOW)).isTrue();
        assertThat(policy.isDue(new RecycleFacts(daysAgo(29), null, false, false), NOW)).isFalse();
    }

    @Test
    void aCustomerJustClaimedIsNotRecycledForItsPreviousOwnersSilence() {
        assertThat(policy.isDue(new RecycleFacts(daysAgo(1), daysAgo(200), false, false), NOW)).isFalse();
    }

    @Test
    void aCustomerOwnedNinetyDaysWithoutADealIsDueEvenIfFollowedUp() {
        RecycleFacts facts = new RecycleFacts(daysAgo(90), daysAgo(1), false, false);

        assertThat(policy.isDue(facts, NOW)).isTrue();
        assertThat(policy.dueOf(facts).orElseThrow().reason()).isEqualTo(RecyclePolicy.Reason.NO_DEAL);
    }

    @Test
    void aCustomerThatDealtIsExemptFromTheNoDealRule() {
        assertThat(policy.isDue(new RecycleFacts(daysAgo(400), daysAgo(1), true, false), NOW)).isFalse();
    }

    @Test
    void theEarlierRuleDecidesTheDueTime() {
        RecycleFacts facts = new RecycleFacts(daysAgo(80), daysAgo(25), false, false);

        assertThat(policy.dueOf(facts).orElseThrow().at()).isEqualTo(NOW.plus(Duration.ofDays(5)));
        assertThat(policy.dueOf(facts).orElseThrow().reason()).isEqualTo(RecyclePolicy.Reason.NO_FOLLOW_UP);
    }

    @Test
    void lockedCustomersAndDisabledRulesRecycleNothing() {
        RecycleFacts overdue = new RecycleFacts(daysAgo(400), null, false, false);

        assertThat(policy.isDue(new RecycleFacts(daysAgo(400), null, false, true), NOW)).isFalse();
        assertThat(new RecyclePolicy(new PoolRule(false, 30, 90, 3, null, NOW, 0)).isDue(overdue, NOW)).isFalse();
        assertThat(new RecyclePolicy(new PoolRule(true, null, null, 3, null, NOW, 0)).isDue(overdue, NOW)).isFalse();
    }

    @Test
    void theOwnerIsWarnedFromThreeDaysBeforeUntilTheCustomerIsDue() {
        RecycleFacts facts = new RecycleFacts(daysAgo(60), daysAgo(28), false, false);

        assertThat(policy.warnAt(facts)).contains(NOW.minus(Duration.ofDays(1)));
        assertThat(policy.shouldWarn(facts, NOW)).isTrue();
        assertThat(policy.shouldWarn(facts, daysAgo(2))).isFalse();
        assertThat(policy.shouldWarn(facts, NOW.plus(Duration.ofDays(2)))).isFalse();
    }

    @Test
    void theCutoffsAreTheRulesDaysBeforeNow() {
        assertThat(policy.followUpCutoff(NOW)).isEqualTo(daysAgo(30));
        assertThat(policy.dealCutoff(NOW)).isEqualTo(daysAgo(90));
        assertThat(new RecyclePolicy(new PoolRule(true, null, 90, 3, null, NOW, 0)).followUpCutoff(NOW)).isNull();
    }

    @Test
    void theSqlPredicateNamesOnlyTheRulesInForce() {
        assertThat(new Recycler.Due(daysAgo(30), null).predicate()).contains("last_follow_up_at").doesNotContain("deal_status");
        assertThat(new Recycler.Due(null, daysAgo(90)).predicate()).contains("deal_status").doesNotContain("last_follow_up_at");
        assertThat(new Recycler.Due(null, null).predicate()).isEqualTo("false");
    }
}
