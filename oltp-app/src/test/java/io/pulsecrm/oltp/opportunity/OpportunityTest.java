package io.pulsecrm.oltp.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.pulsecrm.oltp.shared.FieldProblem;
import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.stage.OpportunityStage;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

class OpportunityTest {

    private static final Owner OWNER = new Owner(7, 3);
    private static final long CUSTOMER = 42;
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant T1 = T0.plusSeconds(3600);

    private final OpportunityStage contact = stage(1, "初步接洽");
    private final OpportunityStage quote = stage(3, "方案报价");

    @Test
    void openDealStartsOpenInItsStageWithAmountAtTwoDecimals() {
        Opportunity deal = Opportunity.open("  杭州云帆 CRM 订阅 ", new BigDecimal("1200.5"), contact, null, CUSTOMER, null, OWNER, T0);

        assertThat(deal.getStatus()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(deal.getStageId()).isEqualTo(1);
        assertThat(deal.getName()).isEqualTo("杭州云帆 CRM 订阅");
        assertThat(deal.getAmount()).isEqualByComparingTo("1200.50").hasToString("1200.50");
        assertThat(deal.getClosedAt()).isNull();
    }

    @Test
    void amountWithMoreThanTwoDecimalsIsRefused() {
        assertThatThrownBy(() -> Opportunity.open("deal", new BigDecimal("10.005"), contact, null, CUSTOMER, null, OWNER, T0))
                .isInstanceOfSatisfying(InvalidOpportunity.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("amount", "must have at most 2 decimal places")));
    }

    @Test
    void trailingZerosBeyondTwoDecimalsAreNotExtraPrecision() {
        Opportunity deal = Opportunity.open("deal", new BigDecimal("10.5000"), contact, null, CUSTOMER, null, OWNER, T0);

        assertThat(deal.getAmount()).hasToString("10.50");
    }

    @Test
    void negativeOrOversizedAmountIsRefused() {
        assertThatThrownBy(() -> Opportunity.open("deal", new BigDecimal("-0.01"), contact, null, CUSTOMER, null, OWNER, T0))
                .isInstanceOf(InvalidOpportunity.class);
        assertThatThrownBy(() -> Opportunity.open("deal", new BigDecimal("10000000000000000"), contact, null, CUSTOMER, null, OWNER, T0))
                .isInstanceOf(InvalidOpportunity.class);
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> Opportunity.open(" ", null, contact, null, CUSTOMER, null, OWNER, T0))
                .isInstanceOfSatisfying(InvalidOpportunity.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("name", "amount"));
    }

    @Test
    void nameLongerThan200CharactersIsRefused() {
        assertThatThrownBy(() -> Opportunity.open("商".repeat(201), BigDecimal.ONE, contact, null, CUSTOMER, null, OWNER, T0))
                .isInstanceOf(InvalidOpportunity.class);
        assertThat(Opportunity.open("商".repeat(200), BigDecimal.ONE, contact, null, CUSTOMER, null, OWNER, T0).getName()).hasSize(200);
    }

    @Test
    void movingToAnotherStageReportsTheMove() {
        Opportunity deal = saved(Opportunity.open("deal", BigDecimal.TEN, contact, null, CUSTOMER, null, OWNER, T0), 7);

        assertThat(deal.moveTo(quote, T1)).contains(new StageMoved(7, 1, 3, T1));
        assertThat(deal.getStageId()).isEqualTo(3);
        assertThat(deal.getUpdatedAt()).isEqualTo(T1);
    }

    @Test
    void movingToTheCurrentStageChangesNothing() {
        Opportunity deal = saved(Opportunity.open("deal", BigDecimal.TEN, contact, null, CUSTOMER, null, OWNER, T0), 7);

        assertThat(deal.moveTo(contact, T1)).isEmpty();
        assertThat(deal.getUpdatedAt()).isEqualTo(T0);
    }

    @Test
    void movingAWonDealIsRefused() {
        Opportunity deal = saved(Opportunity.open("deal", BigDecimal.TEN, contact, null, CUSTOMER, null, OWNER, T0), 7);
        deal.markWon(null, T1);

        assertThatThrownBy(() -> deal.moveTo(quote, T1)).isInstanceOf(OpportunityClosed.class);
        assertThat(deal.getStageId()).isEqualTo(1);
    }

    @Test
    void movingALostDealIsRefused() {
        Opportunity deal = saved(Opportunity.open("deal", BigDecimal.TEN, contact, null, CUSTOMER, null, OWNER, T0), 7);
        deal.markLost("选择了竞争对手", T1);

        assertThatThrownBy(() -> deal.moveTo(quote, T1)).isInstanceOf(OpportunityClosed.class);
    }

    @Test
    void winningClosesTheDealNow() {
        Opportunity deal = Opportunity.open("deal", BigDecimal.TEN, contact, null, CUSTOMER, null, OWNER, T0);

        deal.markWon(null, T1);

        assertThat(deal.getStatus()).isEqualTo(OpportunityStatus.WON);
        assertThat(deal.getClosedAt()).isEqualTo(T1);
        assertThat(deal.getLostReason()).isNull();
    }

    @Test
    void aClosedDealCannotBeClosedAgain() {
        Opportunity won = Opportunity.open("deal", BigDecimal.TEN, contact, null, CUSTOMER, null, OWNER, T0);
        won.markWon(null, T1);

        assertThatThrownBy(() -> won.markWon(null, T1)).isInstanceOf(OpportunityClosed.class);
        assertThatThrownBy(() -> won.markLost("late", T1)).isInstanceOf(OpportunityClosed.class);
        assertThat(won.getStatus()).isEqualTo(OpportunityStatus.WON);
    }

    @Test
    void losingRecordsTheReason() {
        Opportunity deal = Opportunity.open("deal", BigDecimal.TEN, contact, null, CUSTOMER, null, OWNER, T0);

        deal.markLost("  价格超出预算 ", T1);

        assertThat(deal.getStatus()).isEqualTo(OpportunityStatus.LOST);
        assertThat(deal.getLostReason()).isEqualTo("价格超出预算");
        assertThat(deal.getClosedAt()).isEqualTo(T1);
    }

    @Test
    void losingWithoutAReasonIsRefusedAndLeavesTheDealOpen() {
        Opportunity deal = Opportunity.open("deal", BigDecimal.TEN, contact, null, CUSTOMER, null, OWNER, T0);

        assertThatThrownBy(() -> deal.markLost(" ", T1))
                .isInstanceOfSatisfying(InvalidOpportunity.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("reason"));
        assertThat(deal.getStatus()).isEqualTo(OpportunityStatus.OPEN);
    }

    @Test
    void aClosedDealCannotBeRevised() {
        Opportunity deal = Opportunity.open("deal", BigDecimal.TEN, contact, null, CUSTOMER, null, OWNER, T0);
        deal.markWon(null, T1);

        assertThatThrownBy(() -> deal.revise("renamed", BigDecimal.ONE, null, T1)).isInstanceOf(OpportunityClosed.class);
        assertThat(deal.getName()).isEqualTo("deal");
    }

    @Test
    void revisingReplacesNameAmountAndCloseDate() {
        Opportunity deal = Opportunity.open("deal", BigDecimal.TEN, contact, LocalDate.of(2026, 6, 30), CUSTOMER, null, OWNER, T0);

        deal.revise("bigger deal", new BigDecimal("99.9"), null, T1);

        assertThat(deal.getName()).isEqualTo("bigger deal");
        assertThat(deal.getAmount()).hasToString("99.90");
        assertThat(deal.getExpectedCloseDate()).isNull();
        assertThat(deal.getUpdatedAt()).isEqualTo(T1);
    }

    @Test
    void reopeningALostDealClearsTheOutcome() {
        Opportunity deal = Opportunity.open("deal", BigDecimal.TEN, contact, null, CUSTOMER, null, OWNER, T0);
        deal.markLost("项目暂停", T1);

        deal.reopen(T1.plusSeconds(60));

        assertThat(deal.getStatus()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(deal.getLostReason()).isNull();
        assertThat(deal.getClosedAt()).isNull();
    }

    @Test
    void reopeningAnOpenDealIsRefused() {
        Opportunity deal = Opportunity.open("deal", BigDecimal.TEN, contact, null, CUSTOMER, null, OWNER, T0);

        assertThatThrownBy(() -> deal.reopen(T1)).isInstanceOf(OpportunityNotClosed.class);
    }

    private static OpportunityStage stage(long id, String name) {
        OpportunityStage stage = OpportunityStage.define(name, (int) id, new BigDecimal("10"), null, T0);
        ReflectionTestUtils.setField(stage, "id", id);
        return stage;
    }

    private static Opportunity saved(Opportunity deal, long id) {
        ReflectionTestUtils.setField(deal, "id", id);
        return deal;
    }
}
