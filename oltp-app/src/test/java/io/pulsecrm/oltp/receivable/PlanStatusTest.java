package io.pulsecrm.oltp.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PlanStatusTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);
    private static final BigDecimal AMOUNT = new BigDecimal("1000.00");

    private static PlanStatus status(String received, LocalDate today) {
        return PlanStatus.of(AMOUNT, new BigDecimal(received), DUE, today);
    }

    @Test
    void nothingReceivedNotYetDueIsPending() {
        assertThat(status("0.00", DUE.minusDays(3))).isEqualTo(PlanStatus.PENDING);
        assertThat(status("0.00", DUE)).isEqualTo(PlanStatus.PENDING);
    }

    @Test
    void partOfItReceivedNotYetDueIsPartlyPaid() {
        assertThat(status("0.01", DUE)).isEqualTo(PlanStatus.PARTLY_PAID);
    }

    @Test
    void fullyReceivedIsPaidEvenLongAfterItsDueDate() {
        assertThat(status("1000.00", DUE.plusYears(1))).isEqualTo(PlanStatus.PAID);
    }

    @Test
    void notFullyReceivedByTheDayAfterItsDueDateIsOverdue() {
        assertThat(status("0.00", DUE.plusDays(1))).isEqualTo(PlanStatus.OVERDUE);
        assertThat(status("999.99", DUE.plusDays(1))).isEqualTo(PlanStatus.OVERDUE);
    }

    @Test
    void theDueDayEndsAtMidnightInShanghaiNotInUtc() {
        // 2026-03-01 23:59:59 in Shanghai is 15:59:59 UTC; one second later Shanghai is on 2026-03-02
        BusinessDay lastSecond = new BusinessDay(Clock.fixed(Instant.parse("2026-03-01T15:59:59Z"), ZoneOffset.UTC));
        BusinessDay nextDay = new BusinessDay(Clock.fixed(Instant.parse("2026-03-01T16:00:00Z"), ZoneOffset.UTC));

        assertThat(status("0.00", lastSecond.today())).isEqualTo(PlanStatus.PENDING);
        assertThat(status("0.00", nextDay.today())).isEqualTo(PlanStatus.OVERDUE);
        // in UTC it is still 2026-03-01: a UTC calendar would not call it overdue yet
        assertThat(LocalDate.ofInstant(Instant.parse("2026-03-01T16:00:00Z"), ZoneOffset.UTC)).isEqualTo(DUE);
    }
}
