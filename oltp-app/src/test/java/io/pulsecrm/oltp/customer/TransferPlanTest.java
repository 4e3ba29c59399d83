package io.pulsecrm.oltp.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What follows a transferred customer, and who stays on its team. */
class TransferPlanTest {

    @Test
    void onlyTheChosenRelatedRecordsFollow() {
        TransferPlan plan = new TransferPlan(new TransferOptions(true, false, true, null), 7);

        assertThat(plan.related()).containsExactly(TransferPlan.Related.CONTACTS, TransferPlan.Related.CONTRACTS);
    }

    @Test
    void contactsFollowWhoeverHeldThemDealsOnlyIfThePreviousOwnerHeldThem() {
        assertThat(TransferPlan.onlyPreviousOwners(TransferPlan.Related.CONTACTS)).isFalse();
        assertThat(TransferPlan.onlyPreviousOwners(TransferPlan.Related.OPPORTUNITIES)).isTrue();
        assertThat(TransferPlan.onlyPreviousOwners(TransferPlan.Related.CONTRACTS)).isTrue();
    }

    @Test
    void thePreviousOwnerStaysOnTheTeamOnlyWhenAsked() {
        assertThat(new TransferPlan(new TransferOptions(true, true, true, TeamAccess.WRITE), 7).previousOwnerKeeps(3))
                .contains(TeamAccess.WRITE);
        assertThat(new TransferPlan(new TransferOptions(true, true, true, null), 7).previousOwnerKeeps(3)).isEmpty();
    }

    @Test
    void aCustomerAlreadyOwnedByTheNewOwnerDoesNotMove() {
        TransferPlan plan = new TransferPlan(new TransferOptions(true, true, true, TeamAccess.READ), 7);

        assertThat(plan.moves(7)).isFalse();
        assertThat(plan.previousOwnerKeeps(7)).isEmpty();
        assertThat(plan.moves(3)).isTrue();
    }
}
