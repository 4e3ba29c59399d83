package io.pulsecrm.oltp.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.pulsecrm.oltp.contract.ContractFacts;
import io.pulsecrm.oltp.contract.ContractStatus;
import io.pulsecrm.oltp.contract.OverReceipt;
import io.pulsecrm.oltp.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class PaymentPlanTest {

    private static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");
    private static final LocalDate SIGNED = LocalDate.of(2026, 3, 1);
    private static final ContractFacts CONTRACT = new ContractFacts(11, "HT-1", 42, ContractStatus.APPROVED, SIGNED,
            new BigDecimal("1000.00"), BigDecimal.ZERO, 3, 1);

    private static PaymentPlan plan(String amount) {
        return PaymentPlan.plan(CONTRACT, 1, new PlanTerms(new BigDecimal(amount), SIGNED.plusDays(30),
                PaymentMethod.BANK_TRANSFER, null, null), NOW);
    }

    @Test
    void aPlanIsOwnedAsItsContractWithThreeReminderDaysByDefault() {
        PaymentPlan plan = plan("400");

        assertThat(plan.getOwnerId()).isEqualTo(3);
        assertThat(plan.getOwnerDeptId()).isEqualTo(1);
        assertThat(plan.getReminderDays()).isEqualTo(3);
        assertThat(plan.getAmount()).hasToString("400.00");
    }

    @Test
    void receiptsAddUpToThePlanAmountAndNotACentBeyond() {
        PaymentPlan plan = plan("400");

        plan.receive(new BigDecimal("150.00"), NOW);
        assertThat(plan.status(SIGNED)).isEqualTo(PlanStatus.PARTLY_PAID);
        assertThatThrownBy(() -> plan.receive(new BigDecimal("250.01"), NOW))
                .isInstanceOfSatisfying(OverReceipt.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("amount"));
        plan.receive(new BigDecimal("250.00"), NOW);

        assertThat(plan.getReceivedAmount()).hasToString("400.00");
        assertThat(plan.status(SIGNED)).isEqualTo(PlanStatus.PAID);
    }

    @Test
    void aDeletedReceiptGivesItsMoneyBack() {
        PaymentPlan plan = plan("400");
        plan.receive(new BigDecimal("400"), NOW);

        plan.unreceive(new BigDecimal("100"), NOW);

        assertThat(plan.remaining()).isEqualByComparingTo("100");
        assertThat(plan.status(SIGNED)).isEqualTo(PlanStatus.PARTLY_PAID);
    }

    @Test
    void aPlanDueBeforeTheContractWasSignedIsRefusedNamingDueDate() {
        PlanTerms early = new PlanTerms(BigDecimal.TEN, SIGNED.minusDays(1), PaymentMethod.CASH, 3, null);

        assertThatThrownBy(() -> PaymentPlan.plan(CONTRACT, 1, early, NOW)).isInstanceOfSatisfying(
                InvalidReceivable.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("dueDate"));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        PlanTerms bad = new PlanTerms(new BigDecimal("0.001"), null, null, 366, null);

        assertThatThrownBy(() -> PaymentPlan.check(bad, SIGNED)).isInstanceOfSatisfying(InvalidReceivable.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .contains("amount", "dueDate", "method", "reminderDays"));
    }

    @Test
    void aPlanCannotShrinkBelowWhatWasReceivedAgainstIt() {
        PaymentPlan plan = plan("400");
        plan.receive(new BigDecimal("300"), NOW);

        assertThatThrownBy(() -> plan.revise(new PlanTerms(new BigDecimal("299.99"), SIGNED, PaymentMethod.CASH, 3,
                null), SIGNED, NOW)).isInstanceOf(InvalidReceivable.class);
        assertThat(plan.getAmount()).hasToString("400.00");
    }
}
