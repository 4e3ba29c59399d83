package io.pulsecrm.oltp.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.pulsecrm.oltp.identity.Owner;
import io.pulsecrm.oltp.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.util.ReflectionTestUtils;

class CampaignTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 4, 1);

    private static CampaignPlan plan(String budget, LocalDate start, LocalDate end) {
        return new CampaignPlan("春季展会", CampaignChannel.EXHIBITION, new BigDecimal(budget), start, end, null);
    }

    private static Campaign campaign() {
        Campaign campaign = Campaign.plan(plan("50000", START, START.plusDays(30)), new Owner(1, 1), NOW);
        ReflectionTestUtils.setField(campaign, "id", 3L);
        return campaign;
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "PLANNED, ACTIVE, true", "PLANNED, CANCELLED, true", "PLANNED, ENDED, false", "PLANNED, PLANNED, false",
            "ACTIVE, ENDED, true", "ACTIVE, CANCELLED, true", "ACTIVE, PLANNED, false", "ACTIVE, ACTIVE, false",
            "ENDED, ACTIVE, false", "ENDED, CANCELLED, false", "CANCELLED, ACTIVE, false", "CANCELLED, PLANNED, false"})
    void onlyTheLifeCyclesTransitionsAreAllowed(CampaignStatus from, CampaignStatus to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @Test
    void aRefusedTransitionNamesWhatIsPossible() {
        Campaign campaign = campaign();
        assertThatThrownBy(() -> campaign.moveTo(CampaignStatus.ENDED, NOW)).isInstanceOf(CampaignConflict.class)
                .hasMessageContaining("PLANNED and cannot become ENDED")
                .extracting(e -> ((CampaignConflict) e).code()).isEqualTo("campaign-status-not-allowed");
        campaign.moveTo(CampaignStatus.ACTIVE, NOW);
        campaign.moveTo(CampaignStatus.ENDED, NOW);
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.ENDED);
    }

    @Test
    void aClosedCampaignCannotBeRevised() {
        Campaign campaign = campaign();
        campaign.moveTo(CampaignStatus.CANCELLED, NOW);
        assertThatThrownBy(() -> campaign.revise(plan("1", START, START), null, NOW))
                .isInstanceOf(CampaignConflict.class)
                .extracting(e -> ((CampaignConflict) e).code()).isEqualTo("campaign-closed");
    }

    @Test
    void thePeriodEndsOnOrAfterItsStartAndTheBudgetIsMoney() {
        assertThatThrownBy(() -> plan("-1", START, START.minusDays(1)).checked()).isInstanceOf(InvalidCampaign.class)
                .satisfies(e -> assertThat(((InvalidCampaign) e).problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("budget", "endDate"));
        assertThatThrownBy(() -> plan("1.001", START, START).checked()).isInstanceOf(InvalidCampaign.class);
        assertThat(plan("1.5", START, START).checked().budget()).isEqualByComparingTo("1.50");
    }

    @Test
    void thePeriodMayNotStartAfterACostWasIncurred() {
        Campaign campaign = campaign();
        assertThatThrownBy(() -> campaign.revise(plan("1", START.plusDays(5), START.plusDays(30)), START.plusDays(2), NOW))
                .isInstanceOf(InvalidCampaign.class)
                .satisfies(e -> assertThat(((InvalidCampaign) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("startDate"));
        campaign.revise(plan("1", START.plusDays(2), START.plusDays(30)), START.plusDays(2), NOW);
        assertThat(campaign.getStartDate()).isEqualTo(START.plusDays(2));
    }

    @Test
    void aCostIsIncurredOnOrAfterTheStartEvenAfterTheEnd() {
        Campaign campaign = campaign();
        assertThatThrownBy(() -> CampaignCost.book(campaign, BigDecimal.TEN, START.minusDays(1), null, 1, NOW))
                .isInstanceOf(InvalidCampaign.class)
                .satisfies(e -> assertThat(((InvalidCampaign) e).problems()).extracting(FieldProblem::field)
                        .containsExactly("incurredOn"));
        assertThat(CampaignCost.book(campaign, new BigDecimal("99.9"), START, null, 1, NOW).getAmount())
                .isEqualByComparingTo("99.90");
        assertThat(CampaignCost.book(campaign, BigDecimal.ZERO, START.plusDays(90), " 尾款 ", 1, NOW).getNote())
                .isEqualTo("尾款");
    }
}
