package io.pulsecrm.oltp.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

class ContractTest {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);
    private static final ContractTerms TERMS = new ContractTerms("年度订阅", LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), null);
    private static final ApprovalRoute TWO_STEPS = new ApprovalRoute(9, List.of(
            new ApprovalStep(1, ApproverType.ROLE, 31L, null), new ApprovalStep(2, ApproverType.USER, null, 7L)));

    private Contract draft(String total) {
        Contract contract = Contract.draft("HT-1", TERMS, new BigDecimal(total), 42, null, new Owner(3, 1), T0);
        ReflectionTestUtils.setField(contract, "id", 11L);
        return contract;
    }

    @Test
    void aDraftStartsWithNothingReceivedAndItsTotal() {
        Contract contract = draft("1000.5");

        assertThat(contract.getStatus()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contract.getTotalAmount()).hasToString("1000.50");
        assertThat(contract.getReceivedAmount()).hasToString("0.00");
        assertThat(contract.getOwnerDeptId()).isEqualTo(1);
    }

    @Test
    void endBeforeStartIsRefusedNamingEndDate() {
        ContractTerms backwards = new ContractTerms("x", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 1), null);

        assertThatThrownBy(() -> Contract.check(backwards)).isInstanceOfSatisfying(InvalidContract.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("endDate"));
    }

    @Test
    void submittedWithoutARouteItIsApprovedAtOnce() {
        Contract contract = draft("100");

        contract.submit(null, T1);

        assertThat(contract.getStatus()).isEqualTo(ContractStatus.APPROVED);
        assertThat(contract.getDecidedAt()).isEqualTo(T1);
        assertThat(contract.getCurrentStep()).isNull();
    }

    @Test
    void submittedItWaitsAtStepOneAndEachApprovalMovesItOnUntilTheLastApprovesIt() {
        Contract contract = draft("100");

        contract.submit(TWO_STEPS, T1);
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.PENDING_APPROVAL);
        assertThat(contract.getCurrentStep()).isEqualTo(1);
        assertThat(contract.getFlowId()).isEqualTo(9L);

        assertThat(contract.approve(TWO_STEPS, T1)).isFalse();
        assertThat(contract.getCurrentStep()).isEqualTo(2);
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.PENDING_APPROVAL);

        assertThat(contract.approve(TWO_STEPS, T2)).isTrue();
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.APPROVED);
        assertThat(contract.getDecidedAt()).isEqualTo(T2);
        assertThat(contract.getCurrentStep()).isNull();
    }

    @Test
    void aRejectionSendsItBackForReworkAndItCanBeSubmittedAgain() {
        Contract contract = draft("100");
        contract.submit(TWO_STEPS, T1);
        contract.approve(TWO_STEPS, T1);

        contract.reject(T2);
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.REJECTED);
        assertThat(contract.getCurrentStep()).isNull();

        contract.revise(TERMS, new BigDecimal("90"), T2);
        contract.submit(TWO_STEPS, T2);
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.PENDING_APPROVAL);
        assertThat(contract.getCurrentStep()).isEqualTo(1);
        assertThat(contract.getDecidedAt()).isNull();
    }

    @Test
    void onlyADraftOrARejectedContractCanBeEditedOrSubmitted() {
        Contract pending = draft("100");
        pending.submit(TWO_STEPS, T1);

        assertThatThrownBy(() -> pending.revise(TERMS, BigDecimal.ONE, T2)).isInstanceOf(ContractNotEditable.class);
        assertThatThrownBy(() -> pending.submit(TWO_STEPS, T2)).isInstanceOf(ContractNotEditable.class);
        assertThat(pending.getTotalAmount()).hasToString("100.00");
    }

    @Test
    void onlyAPendingContractCanBeDecided() {
        Contract contract = draft("100");

        assertThatThrownBy(() -> contract.approve(TWO_STEPS, T1)).isInstanceOf(ContractNotPending.class);
        assertThatThrownBy(() -> contract.reject(T1)).isInstanceOf(ContractNotPending.class);
        contract.submit(null, T1);
        assertThatThrownBy(() -> contract.approve(TWO_STEPS, T2)).isInstanceOf(ContractNotPending.class);
    }

    @Test
    void moneyIsReceivedOnlyOnceApprovedAndNeverBeyondTheTotal() {
        Contract contract = draft("100");
        assertThatThrownBy(() -> contract.receive(BigDecimal.ONE, T1)).isInstanceOf(ContractNotApproved.class);
        contract.submit(null, T1);

        contract.receive(new BigDecimal("60.00"), T1);
        assertThatThrownBy(() -> contract.receive(new BigDecimal("40.01"), T2))
                .isInstanceOfSatisfying(OverReceipt.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("amount"));
        contract.receive(new BigDecimal("40.00"), T2);

        assertThat(contract.getReceivedAmount()).hasToString("100.00");
        assertThat(contract.remaining()).isZero();
    }

    @Test
    void anApprovedContractCanBeCancelledOnlyWhileNothingWasReceived() {
        Contract contract = draft("100");
        assertThatThrownBy(() -> contract.cancel(T1)).isInstanceOf(ContractNotCancellable.class);
        contract.submit(null, T1);
        contract.receive(BigDecimal.TEN, T1);

        assertThatThrownBy(() -> contract.cancel(T2)).isInstanceOf(ContractNotCancellable.class);
        contract.unreceive(BigDecimal.TEN, T2);
        contract.cancel(T2);

        assertThat(contract.getStatus()).isEqualTo(ContractStatus.CANCELLED);
        assertThatThrownBy(() -> contract.receive(BigDecimal.ONE, T2)).isInstanceOf(ContractNotApproved.class);
    }
}
